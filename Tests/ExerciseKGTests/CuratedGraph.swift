import ExerciseKG

/// One in-memory graph holding the curated ontology, imported once and shared by the suites
/// that only read it.
enum CuratedGraph {
  static let shared: Result<KnowledgeGraph, any Error> = Result {
    let graph = try KnowledgeGraph(path: ":memory:")
    _ = try graph.importBundledOntology()
    return graph
  }

  static func graph() throws -> KnowledgeGraph { try shared.get() }
}
