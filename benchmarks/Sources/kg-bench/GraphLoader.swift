import Dispatch
import ExerciseKG
import Foundation
import GraphGenerator
import GraphStore

/// Loads the generated exercise graph, or the curated ontology, into a new store file.
enum GraphLoader {
  struct Timing {
    let summary: ExerciseGraphGenerator.Summary
    /// Seconds for the nodes, and for the relationships after them.
    let nodeSeconds: Double
    let relationshipSeconds: Double
  }

  /// Replaces any store at `path` with the graph at `scale`, bulk-loaded.
  @discardableResult
  static func load(scale: Int, path: String) throws -> Timing {
    ResourceUsage.removeStore(path)
    let store = try GraphStore(path: path)
    let generator = ExerciseGraphGenerator(scale: scale)
    let start = DispatchTime.now().uptimeNanoseconds
    var nodesDone = start
    let summary = try store.bulkLoad { loader in
      try generator.generate(
        into: .init(
          addNode: { try loader.addNode(labels: $0, properties: $1) },
          addRelationship: {
            try loader.addRelationship(from: $0, to: $1, type: $2, properties: $3)
          }),
        nodesDone: { nodesDone = DispatchTime.now().uptimeNanoseconds })
    }
    let end = DispatchTime.now().uptimeNanoseconds
    return Timing(
      summary: summary, nodeSeconds: Double(nodesDone - start) / 1e9,
      relationshipSeconds: Double(end - nodesDone) / 1e9)
  }

  /// Replaces any store at `path` with the bundled curated ontology, imported.
  static func curated(path: String) throws -> KnowledgeGraph {
    ResourceUsage.removeStore(path)
    let graph = try KnowledgeGraph(path: path)
    _ = try graph.importBundledOntology()
    return graph
  }
}
