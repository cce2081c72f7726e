/// A statement that changes the schema rather than the graph, in the form Memgraph and Neo4j
/// before version 5 use: `CREATE INDEX ON :Label(key)`, `DROP INDEX ON :Label(key)`.
public enum SchemaCommand: Hashable, Sendable {
  case createIndex(label: String, key: String)
  case dropIndex(label: String, key: String)
}

/// What the text of one statement holds: a query, or a schema command.
public enum Command: Hashable, Sendable {
  case query(Statement)
  case schema(SchemaCommand)
}
