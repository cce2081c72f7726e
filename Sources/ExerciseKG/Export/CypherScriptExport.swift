import CypherSyntax
import GraphModel
import ResultFormat

/// The graph as a Cypher script that Neo4j, Memgraph and kg run as it is (`kg query -f`,
/// cypher-shell, mgconsole), in the form APOC's `unwind batch` export uses: nodes created in
/// the graph's order, in batches of up to 100 consecutive nodes with the same labels, carrying
/// a temporary `UNIQUE IMPORT LABEL` and `UNIQUE IMPORT ID` (the export's node number);
/// relationships likewise by type, their ends found by that ID; finally the temporary label
/// and property removed.
enum CypherScriptExport {
  static let batchSize = 100
  static let importLabel = CypherText.name("UNIQUE IMPORT LABEL")
  static let importID = CypherText.name("UNIQUE IMPORT ID")

  static func write(_ graph: GraphContents, to sink: inout some ExportSink) throws {
    var nodes = Batches()
    try graph.forEachNode { number, node in
      let labels = node.labels.sorted().map { ":" + CypherText.name($0) }.joined()
      try nodes.add(
        "{id: \(number), properties: \(literal(.map(node.properties)))}", group: labels,
        flushingTo: &sink, as: nodeStatement)
    }
    try nodes.flush(to: &sink, as: nodeStatement)
    var relationships = Batches()
    try graph.forEachRelationship { _, relationship, start, end in
      try relationships.add(
        "{start: \(start), end: \(end), properties: \(literal(.map(relationship.properties)))}",
        group: CypherText.name(relationship.type), flushingTo: &sink, as: relationshipStatement)
    }
    try relationships.flush(to: &sink, as: relationshipStatement)
    try sink.write("MATCH (n:\(importLabel)) REMOVE n:\(importLabel), n.\(importID);\n")
  }

  private static func nodeStatement(labels: String, rows: String) -> String {
    "UNWIND [\(rows)] AS row\nCREATE (n\(labels):\(importLabel) {\(importID): row.id}) "
      + "SET n += row.properties;\n"
  }

  private static func relationshipStatement(type: String, rows: String) -> String {
    "UNWIND [\(rows)] AS row\n"
      + "MATCH (a:\(importLabel) {\(importID): row.start}), (b:\(importLabel) {\(importID): row.end})\n"
      + "CREATE (a)-[r:\(type)]->(b) SET r += row.properties;\n"
  }

  /// Rows waiting for their statement: a run of consecutive rows of one group (a label set,
  /// a type), so the script creates everything in the graph's own order.
  private struct Batches {
    private var group = ""
    private var rows: [String] = []

    mutating func add(
      _ row: String, group: String, flushingTo sink: inout some ExportSink,
      as statement: (String, String) -> String
    ) throws {
      if group != self.group || rows.count == batchSize { try flush(to: &sink, as: statement) }
      self.group = group
      rows.append(row)
    }

    mutating func flush(to sink: inout some ExportSink, as statement: (String, String) -> String)
      throws
    {
      if !rows.isEmpty { try sink.write(statement(group, rows.joined(separator: ", "))) }
      rows = []
    }
  }

  /// A property value as a Cypher expression: a literal, or for a float Cypher has no literal
  /// for, the division that makes it.
  static func literal(_ value: Value) -> String {
    CypherLiteral.render(value) { float in
      float.isNaN ? "(0.0 / 0.0)" : float < 0 ? "(-1.0 / 0.0)" : "(1.0 / 0.0)"
    }
  }
}
