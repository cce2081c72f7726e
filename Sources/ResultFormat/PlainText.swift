import GraphModel

/// A value as plain text, for formats whose fields are text (CSV, GraphML): strings as they
/// are, numbers and booleans as Cypher writes them, null as nothing; lists, maps, nodes,
/// relationships and paths as their JSON (`JSONFormat`).
public enum PlainText {
  public static func render(_ value: Value) -> String {
    switch value {
    case .null: ""
    case .string(let text): text
    case .boolean, .integer, .float: CypherLiteral.render(value)
    case .list, .map, .node, .relationship, .path: JSONFormat.render(value)
    }
  }
}
