import ExerciseKG
import Hummingbird

/// The query string of `GET /v1/exercises`: `q`, `muscle`, `equipment`, `goal`, `level` (1–3 or
/// its name), `limit`, `cursor`; any other parameter is refused.
enum ExerciseSearchParameters {
  static let names: Set = ["q", "muscle", "equipment", "goal", "level", "limit", "cursor"]

  static func search(from parameters: Parameters) throws -> ExerciseSearch {
    if let unknown = parameters.first(where: { !names.contains(String($0.key)) }) {
      throw invalid(
        String(unknown.key),
        "unknown parameter; the parameters are \(names.sorted().joined(separator: ", "))")
    }
    var search = ExerciseSearch()
    search.text = parameters.get("q").flatMap { $0.isEmpty ? nil : $0 }
    search.muscle = parameters.get("muscle")
    search.equipment = parameters.get("equipment")
    search.goal = parameters.get("goal")
    search.cursor = parameters.get("cursor")
    if let level = parameters.get("level") {
      guard let difficulty = Int(level) ?? RecommendationRequest.difficulty(ofLevel: level) else {
        throw invalid("level", "expected 1–3 or beginner, intermediate or expert")
      }
      search.level = difficulty
    }
    if let limit = parameters.get("limit") {
      guard let number = Int(limit) else { throw invalid("limit", "expected an integer") }
      search.limit = number
    }
    return search
  }

  private static func invalid(_ field: String, _ reason: String) -> Problem {
    .invalidField(field, "\(field): \(reason)")
  }
}
