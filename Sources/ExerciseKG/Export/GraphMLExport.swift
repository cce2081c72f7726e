import GraphModel
import ResultFormat

/// The graph as GraphML, for Gephi and yEd: every property key declared with the type its
/// values share (`long`, `double`, `boolean`, else `string`; lists and maps as JSON text),
/// each node's labels in the `labels` attribute and the `:labels` key (`:A:B`, as Neo4j's
/// GraphML export writes them) and each edge's type in the `label` attribute and the `:type`
/// key.
enum GraphMLExport {
  private struct Key {
    let id: String
    let name: String
    var type: String
  }

  static func write(_ graph: GraphContents, to sink: inout some ExportSink) throws {
    var nodeKeys: [String: Key] = [:]
    var edgeKeys: [String: Key] = [:]
    try graph.forEachNode { _, node in declare(node.properties, in: &nodeKeys, prefix: "n") }
    try graph.forEachRelationship { _, relationship, _, _ in
      declare(relationship.properties, in: &edgeKeys, prefix: "e")
    }
    var header = """
      <?xml version="1.0" encoding="UTF-8"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
      <key id="labels" for="node" attr.name=":labels" attr.type="string"/>
      <key id="type" for="edge" attr.name=":type" attr.type="string"/>

      """
    for (domain, keys) in [("node", nodeKeys), ("edge", edgeKeys)] {
      for key in keys.values.sorted(by: { $0.name < $1.name }) {
        header +=
          "<key id=\"\(key.id)\" for=\"\(domain)\" attr.name=\"\(escaped(key.name))\" "
          + "attr.type=\"\(key.type)\"/>\n"
      }
    }
    try sink.write(header + "<graph id=\"G\" edgedefault=\"directed\">\n")
    try graph.forEachNode { number, node in
      let labels = node.labels.sorted().map { ":" + $0 }.joined()
      try sink.write(
        "<node id=\"n\(number)\" labels=\"\(escaped(labels))\">"
          + "<data key=\"labels\">\(escaped(labels))</data>"
          + data(node.properties, keys: nodeKeys) + "</node>\n")
    }
    try graph.forEachRelationship { number, relationship, start, end in
      let type = escaped(relationship.type)
      try sink.write(
        "<edge id=\"e\(number)\" source=\"n\(start)\" target=\"n\(end)\" label=\"\(type)\">"
          + "<data key=\"type\">\(type)</data>"
          + data(relationship.properties, keys: edgeKeys) + "</edge>\n")
    }
    try sink.write("</graph>\n</graphml>\n")
  }

  private static func declare(
    _ properties: [String: Value], in keys: inout [String: Key], prefix: String
  ) {
    for (name, value) in properties {
      let type = self.type(of: value)
      if var key = keys[name] {
        if key.type != type {
          key.type = "string"
          keys[name] = key
        }
      } else {
        keys[name] = Key(id: "\(prefix)\(keys.count)", name: name, type: type)
      }
    }
  }

  private static func type(of value: Value) -> String {
    switch value {
    case .integer: "long"
    case .float: "double"
    case .boolean: "boolean"
    default: "string"
    }
  }

  private static func data(_ properties: [String: Value], keys: [String: Key]) -> String {
    properties.sorted { $0.key < $1.key }.compactMap { name, value in
      guard let key = keys[name] else { return nil }
      return "<data key=\"\(key.id)\">\(escaped(text(of: value)))</data>"
    }.joined()
  }

  /// A value's text; floats GraphML's `double` (Java's) writes as words are `NaN`,
  /// `Infinity` and `-Infinity`.
  private static func text(of value: Value) -> String {
    guard case .float(let float) = value, !float.isFinite else { return PlainText.render(value) }
    return float.isNaN ? "NaN" : float < 0 ? "-Infinity" : "Infinity"
  }

  /// Text as XML character data or an attribute value; characters XML 1.0 cannot hold become
  /// U+FFFD.
  private static func escaped(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
      case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
        out += "\u{FFFD}"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
