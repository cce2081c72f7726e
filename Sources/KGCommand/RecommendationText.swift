import ExerciseKG
import Foundation
import GraphModel
import ResultFormat

/// The tables `kg recommend` prints: the results with the reasons for each, then (with
/// `--explain`) the candidates left out and why.
enum RecommendationText {
  static func render(_ response: RecommendationResponse) -> String {
    let results = QueryResult(
      columns: ["#", "exercise", "level", "score", "equipment", "why"],
      rows: response.results.enumerated().map { index, result in
        [
          .integer(Int64(index + 1)), .string("\(result.exercise.name) (\(result.exercise.id))"),
          .string(result.exercise.level), .string(score(result.score)),
          .string(list(result.exercise.equipment)), .string(reasons(result.explanation)),
        ]
      })
    var text = TableFormat.render(results, maximumCellWidth: 80)
    text += "\(response.results.count) \(response.results.count == 1 ? "result" : "results")\n"
    guard let excluded = response.excluded, !excluded.isEmpty else { return text }
    let left = QueryResult(
      columns: ["excluded", "score", "because"],
      rows: excluded.map { candidate in
        [
          .string("\(candidate.exercise.name) (\(candidate.exercise.id))"),
          .string(score(candidate.score)), .string(candidate.reasons.joined(separator: "; ")),
        ]
      })
    return text + TableFormat.render(left, maximumCellWidth: 80)
  }

  /// The explanation in one line: the goal's weight, the matched muscles by role, and the
  /// cautions.
  private static func reasons(_ explanation: Explanation) -> String {
    var parts = explanation.goal.map { ["\($0.name) \(score($0.weight))"] } ?? []
    let roles = Dictionary(grouping: explanation.muscles, by: \.role)
    parts += roles.keys.sorted().map { role in
      "\(role): " + roles[role, default: []].map(\.muscle).joined(separator: ", ")
    }
    parts += explanation.cautions.map { "caution: \($0.condition)" }
    return parts.joined(separator: "; ")
  }

  private static func list(_ names: [String]) -> String {
    names.isEmpty ? "none" : names.joined(separator: ", ")
  }

  private static func score(_ value: Double) -> String {
    String(format: "%.2f", value)
  }
}
