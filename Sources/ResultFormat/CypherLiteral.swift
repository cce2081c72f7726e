// ResultFormat: renders query results for people and programs — Cypher literal text (which the
// TCK runner and `:format cypher` read), JSON with typed values, and aligned tables. It imports
// GraphModel, and CypherSyntax for Cypher's own lexical forms.
import CypherSyntax
import GraphModel

/// Values as Cypher literal text, which parses back to the same value.
///
/// Floats always show a fraction or exponent (`1.0`, `1e+20`), and `NaN`, `Inf`, `-Inf`;
/// strings are single-quoted with `\\` and `\'` escaped; map keys and labels that are not plain
/// names are backquoted. Nodes print as `(:A:B {k: v})`, relationships as `[:T {k: v}]`,
/// paths as `<(a)-[r]->(b)<-[s]-(c)>` (the arrow follows each relationship's own direction).
/// Map keys and labels print sorted, so equal values print alike.
public enum CypherLiteral {
  public static func render(_ value: Value) -> String {
    Renderer(nonFiniteFloat: CypherText.float).render(value)
  }

  /// `value` as Cypher, floats with no literal (NaN and the infinities) written as
  /// `nonFiniteFloat` has them (a script that must recreate them writes an expression).
  public static func render(_ value: Value, nonFiniteFloat: @escaping (Double) -> String)
    -> String
  {
    Renderer(nonFiniteFloat: nonFiniteFloat).render(value)
  }

  private struct Renderer {
    let nonFiniteFloat: (Double) -> String

    func render(_ value: Value) -> String {
      switch value {
      case .null: return "null"
      case .boolean(let flag): return flag ? "true" : "false"
      case .integer(let integer): return String(integer)
      case .float(let float):
        return float.isFinite ? CypherText.float(float) : nonFiniteFloat(float)
      case .string(let string): return CypherText.quoted(string)
      case .list(let elements): return "[" + elements.map(render).joined(separator: ", ") + "]"
      case .map(let entries): return renderMap(entries)
      case .node(let node): return render(node)
      case .relationship(let relationship): return "[" + body(of: relationship) + "]"
      case .path(let path): return render(path)
      }
    }

    private func renderMap(_ entries: [String: Value]) -> String {
      "{"
        + entries.sorted { $0.key < $1.key }.map {
          CypherText.name($0.key) + ": " + render($0.value)
        }
        .joined(separator: ", ") + "}"
    }

    private func render(_ node: Node) -> String {
      let labels = node.labels.sorted().map { ":" + CypherText.name($0) }.joined()
      let properties =
        node.properties.isEmpty ? "" : (labels.isEmpty ? "" : " ") + renderMap(node.properties)
      return "(" + labels + properties + ")"
    }

    private func body(of relationship: Relationship) -> String {
      ":" + CypherText.name(relationship.type)
        + (relationship.properties.isEmpty ? "" : " " + renderMap(relationship.properties))
    }

    private func render(_ path: Path) -> String {
      var text = "<" + render(path.nodes[0])
      for (index, relationship) in path.relationships.enumerated() {
        let isForward =
          relationship.start == path.nodes[index].id
          && relationship.end == path.nodes[index + 1].id
        let arrow = "[" + body(of: relationship) + "]"
        text +=
          (isForward ? "-" + arrow + "->" : "<-" + arrow + "-") + render(path.nodes[index + 1])
      }
      return text + ">"
    }
  }
}
