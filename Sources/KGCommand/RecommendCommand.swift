import ArgumentParser
import ExerciseKG
import Foundation
import ResultFormat

/// `kg recommend`: the recommendation API from the terminal.
struct RecommendCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "recommend",
    abstract: "Recommend exercises for a goal, muscles and equipment, with the reasons.",
    discussion: """
      Lists take names separated by commas; names match without regard to case, and a region \
      (legs) or an equipment group (free weights) stands for its parts. Without --equipment a \
      fully equipped gym is assumed; --equipment '' means body weight only. --format json \
      prints the same JSON as POST /v1/recommendations.

      Examples:
        kg recommend --goal Strength --muscles legs --equipment dumbbell \\
          --avoid 'knee pain'
        kg recommend --goal Hypertrophy --muscles chest,triceps --explain
        kg recommend --goal Power --limit 3 --format json
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
  }

  @OptionGroup var database: DatabaseOptions

  @Option(help: "The goal (Strength, Hypertrophy, Endurance…).")
  var goal: String?

  @Option(help: "Muscle groups or regions to train, comma-separated.")
  var muscles = ""

  @Option(help: "The equipment at hand, comma-separated (default: a full gym).")
  var equipment: String?

  @Option(help: "Conditions or injured muscle groups to avoid, comma-separated.")
  var avoid = ""

  @Option(help: "The hardest level: beginner, intermediate, expert, or 1–3.")
  var level = "expert"

  @Option(help: "The lowest contraindication severity that excludes (1–3).")
  var severity = 2

  @Option(help: "How many exercises (1–100).")
  var limit = 10

  @Option(help: "Exercise ids to leave out, comma-separated.")
  var exclude = ""

  @Flag(help: "Also list the strongest excluded candidates and why.")
  var explain = false

  @Option(help: "table or json.")
  var format = Format.table

  func validate() throws {
    guard difficulty != nil else {
      throw ValidationError("--level takes beginner, intermediate, expert, or 1 to 3.")
    }
  }

  private var difficulty: Int? {
    Int(level) ?? RecommendationRequest.difficulty(ofLevel: level)
  }

  func run() throws {
    try reportingFailures {
      let request = RecommendationRequest(
        goal: goal, muscles: Self.list(muscles), equipment: equipment.map(Self.list),
        avoid: Self.list(avoid), severity: severity, level: difficulty ?? 3, limit: limit,
        exclude: Self.list(exclude), explain: explain)
      let response = try database.open().recommend(request)
      switch format {
      case .table: print(RecommendationText.render(response), terminator: "")
      case .json:
        print(String(decoding: try CompactJSONEncoder().encode(response), as: UTF8.self))
      }
    }
  }

  private static func list(_ text: String) -> [String] {
    text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
  }
}
