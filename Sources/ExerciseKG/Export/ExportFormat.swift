/// The forms `KnowledgeGraph.export` writes the whole graph in.
public enum ExportFormat: String, CaseIterable, Sendable {
  /// A Cypher script for kg and Memgraph (Neo4j 5 with its index lines rewritten): an index,
  /// nodes, then relationships, in batches.
  case cypher
  /// RDF N-Quads, for Dgraph and RDF stores.
  case nquads
  /// GraphML, for Gephi and yEd.
  case graphml
  /// kg's own JSON lines, which `importGraph` reads back exactly.
  case jsonl
}
