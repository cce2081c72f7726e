import ExerciseKG
import Foundation
import ResultFormat
import TestSupport
import Testing

/// The answers the API serves, written by `CompactJSONEncoder` (through their `JSONWritable`
/// conformances), are the bytes Foundation's `JSONEncoder` (sorted keys, unescaped slashes)
/// writes for their `Encodable` conformances.
@Suite struct AnswerEncodingTests {
  func expectSameBytes(
    _ value: some Encodable, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let expected = try encoder.encode(value)
    #expect(
      try CompactJSONEncoder().encode(value) == Array(expected), sourceLocation: sourceLocation)
  }

  @Test func recommendations() throws {
    let graph = try CuratedGraph.graph()
    let requests = [
      RecommendationRequest(
        goal: "Strength", muscles: ["legs"], equipment: ["dumbbell", "barbell"],
        avoid: ["knee pain"], level: 2, explain: true),
      RecommendationRequest(goal: "Hypertrophy", limit: 50),
      RecommendationRequest(muscles: ["chest", "shoulders"], equipment: [], explain: true),
      RecommendationRequest(avoid: ["lower-back pain", "hamstrings"], severity: 1, limit: 30),
    ]
    for request in requests { try expectSameBytes(try graph.recommend(request)) }
  }

  @Test func everyExerciseAndTaxonomy() throws {
    let graph = try CuratedGraph.graph()
    let ids = try graph.execute("MATCH (e:Exercise) RETURN e.id ORDER BY e.id").result.rows
      .compactMap { $0.first?.stringValue }
    #expect(ids.count > 800)
    for id in ids { try expectSameBytes(try #require(try graph.exercise(id: id))) }
    for taxonomy in Taxonomy.allCases { try expectSameBytes(try graph.terms(of: taxonomy)) }
    try expectSameBytes(try graph.searchExercises(ExerciseSearch(text: "press", limit: 100)))
  }
}
