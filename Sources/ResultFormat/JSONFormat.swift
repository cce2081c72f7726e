import CypherSyntax
import GraphModel

/// Query results as JSON, with every value's type kept.
///
/// `{"columns": [...], "rows": [[...], ...]}`. Scalars map to JSON's own types (integers stay
/// integers, floats always carry a fraction or exponent); floats JSON cannot hold are strings
/// (`"NaN"`, `"Inf"`, `"-Inf"`); a node is `{"id", "labels", "properties"}`, a relationship
/// `{"id", "type", "start", "end", "properties"}`, a path `{"nodes", "relationships"}`. Keys are
/// written in sorted order, so equal results give equal text.
public enum JSONFormat {
  public static func render(_ result: QueryResult) -> String {
    "{\"columns\": [" + result.columns.map(string).joined(separator: ", ") + "], \"rows\": ["
      + result.rows.map { "[" + $0.map(render).joined(separator: ", ") + "]" }.joined(
        separator: ", ") + "]}"
  }

  /// JSON lines: one object per row, its members the columns in order.
  public static func renderLines(_ result: QueryResult) -> String {
    result.rows.map { row in
      "{"
        + zip(result.columns, row).map { string($0) + ": " + render($1) }
        .joined(separator: ", ") + "}\n"
    }.joined()
  }

  public static func render(_ value: Value) -> String {
    render(value, nonFiniteFloat: { string(CypherText.float($0)) })
  }

  /// `value` as JSON, floats JSON cannot hold written as `nonFiniteFloat` has them (an export
  /// that reads its floats back tags them).
  public static func render(_ value: Value, nonFiniteFloat: (Double) -> String) -> String {
    func render(_ value: Value) -> String {
      switch value {
      case .null: return "null"
      case .boolean(let flag): return flag ? "true" : "false"
      case .integer(let integer): return String(integer)
      case .float(let float):
        return float.isFinite ? CypherText.float(float) : nonFiniteFloat(float)
      case .string(let text): return string(text)
      case .list(let elements): return "[" + elements.map(render).joined(separator: ", ") + "]"
      case .map(let entries): return object(entries.mapValues(render))
      case .node(let node):
        return object([
          "id": String(node.id.rawValue),
          "labels": "[" + node.labels.sorted().map(string).joined(separator: ", ") + "]",
          "properties": render(.map(node.properties)),
        ])
      case .relationship(let relationship):
        return object([
          "id": String(relationship.id.rawValue), "type": string(relationship.type),
          "start": String(relationship.start.rawValue), "end": String(relationship.end.rawValue),
          "properties": render(.map(relationship.properties)),
        ])
      case .path(let path):
        return object([
          "nodes": render(.list(path.nodes.map(Value.node))),
          "relationships": render(.list(path.relationships.map(Value.relationship))),
        ])
      }
    }
    return render(value)
  }

  /// An object from already-rendered member values, keys sorted.
  private static func object(_ members: [String: String]) -> String {
    "{"
      + members.sorted { $0.key < $1.key }.map { string($0.key) + ": " + $0.value }.joined(
        separator: ", ") + "}"
  }

  /// A JSON string literal.
  public static func string(_ text: String) -> String {
    var bytes: [UInt8] = []
    JSONBytes.appendString(text, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }
}
