import ExerciseKG
import Foundation
import TestSupport
import Testing

/// `kg recommend`, run as the built binary over a store loaded with the bundled ontology.
@Suite struct RecommendCommandTests {
  let directory: TemporaryDirectory
  let db: String

  init() throws {
    directory = try TemporaryDirectory()
    db = directory.path("kg.sqlite")
    #expect(try KGBinary.run(["import", "--db", db]).status == 0)
  }

  static let request = [
    "--goal", "Strength", "--muscles", "legs", "--equipment", "dumbbell", "--avoid",
    "knee pain", "--level", "intermediate", "--limit", "3",
  ]

  @Test func jsonIsTheLibrarysAnswer() throws {
    let outcome = try KGBinary.run(["recommend", "--db", db, "--format", "json"] + Self.request)
    #expect(outcome.status == 0)
    let printed = try JSONDecoder().decode(
      RecommendationResponse.self, from: Data(outcome.standardOutput.utf8))
    let expected = try KnowledgeGraph(path: db).recommend(
      RecommendationRequest(
        goal: "Strength", muscles: ["legs"], equipment: ["dumbbell"], avoid: ["knee pain"],
        level: 2, limit: 3))
    #expect(printed == expected)
    #expect(printed.results.count == 3)
  }

  @Test func theTableGivesTheReasonsAndTheExcluded() throws {
    let outcome = try KGBinary.run(["recommend", "--db", db, "--explain"] + Self.request)
    #expect(outcome.status == 0)
    let lines = outcome.standardOutput.split(separator: "\n")
    #expect(lines[1].contains("exercise") && lines[1].contains("why"))
    #expect(lines.contains { $0.contains("Strength 0.90; primary: hamstrings") })
    #expect(lines.contains("3 results"))
    #expect(lines.contains { $0.contains("contraindicated for knee pain") })
  }

  @Test func unknownNamesAndBadLevelsAreErrors() throws {
    let unknown = try KGBinary.run(["recommend", "--db", db, "--muscles", "quads"])
    #expect(unknown.status == 1)
    #expect(unknown.standardError.contains("did you mean quadriceps?"))
    let level = try KGBinary.run(["recommend", "--db", db, "--level", "olympian"])
    #expect(level.status == 2)
    #expect(level.standardError.contains("--level takes beginner, intermediate, expert"))
  }
}
