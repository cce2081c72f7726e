/// The forms `KnowledgeGraph.export` writes the whole graph in.
public enum ExportFormat: String, CaseIterable, Sendable {
  /// A Cypher script for Neo4j or Memgraph (and kg): nodes, then relationships, in batches.
  case cypher
  /// RDF N-Quads, for Dgraph and RDF stores.
  case nquads
  /// GraphML, for Gephi and yEd.
  case graphml
  /// kg's own JSON lines, which `importGraph` reads back exactly.
  case jsonl
}
