import ExerciseKG
import GraphModel
import Testing

/// `prepareForServing` creates the indexes the service seeks through, once: exercises by id
/// and the vocabularies by name, which `recommend.cypher` then seeks instead of scanning.
@Suite struct ServingIndexTests {
  @Test func theServiceIndexesAreCreatedOnceAndUsed() throws {
    let graph = try KnowledgeGraph(path: ":memory:")
    _ = try graph.importBundledOntology()
    #expect(try graph.statistics().propertyIndexes.isEmpty)
    try graph.prepareForServing()
    let indexes = try graph.statistics().propertyIndexes.map(\.description).sorted()
    #expect(
      indexes == [
        ":Condition(name)", ":Equipment(name)", ":Exercise(id)", ":Goal(name)",
        ":MuscleGroup(name)",
      ])
    try graph.prepareForServing()
    #expect(try graph.statistics().propertyIndexes.map(\.description).sorted() == indexes)

    let plan = try #require(
      try graph.execute(
        "EXPLAIN MATCH (m:MuscleGroup) WHERE m.name IN $muscles RETURN m.name",
        parameters: ["muscles": ["legs"]]
      ).plan)
    #expect(plan.contains("NodeIndexSeek"))
    #expect(!plan.contains("NodeByLabelScan"))
    let found = try graph.execute(
      "MATCH (m:MuscleGroup) WHERE m.name IN $muscles RETURN m.name",
      parameters: ["muscles": ["legs", "chest"]]
    ).result.rows.map { $0[0] }
    #expect(Set(found) == ["legs", "chest"])
  }
}
