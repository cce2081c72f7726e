import ExerciseKG

/// One in-memory graph holding the curated ontology, imported once per test process and shared
/// by the suites that only read it.
public enum CuratedGraph {
  private static let shared: Result<KnowledgeGraph, any Error> = Result {
    let graph = try KnowledgeGraph(path: ":memory:")
    _ = try graph.importBundledOntology()
    try graph.prepareForServing()
    return graph
  }

  public static func graph() throws -> KnowledgeGraph { try shared.get() }
}
