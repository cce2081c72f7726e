import CypherSyntax
import GraphModel
import ResultFormat

/// The graph as a Cypher script that kg and Memgraph run as it is (`kg query -f`, mgconsole),
/// in the form APOC's `unwind batch` export uses: an index on a temporary label and property,
/// `UNIQUE IMPORT LABEL` and `UNIQUE IMPORT ID` (the export's node number); nodes created in
/// the graph's order, in batches of up to 100 consecutive nodes with the same labels, carrying
/// both; relationships in batches of up to 100 of one type (in the graph's order within a
/// type), their ends found through the index; finally the temporary label, property and index
/// removed. The index statements are in the form Memgraph and Neo4j before 5 use; Neo4j 5
/// wants them as `CREATE INDEX import FOR (n:…) ON (n.…)` and `DROP INDEX import`.
enum CypherScriptExport {
  static let batchSize = 100
  static let importLabel = CypherText.name("UNIQUE IMPORT LABEL")
  static let importID = CypherText.name("UNIQUE IMPORT ID")

  static func write(_ graph: GraphContents, to sink: inout some ExportSink) throws {
    let index = "INDEX ON :\(importLabel)(\(importID));\n"
    try sink.write("CREATE " + index)
    var nodes = Batches(flushesOnChange: true)
    try graph.forEachNode { number, node in
      let labels = node.labels.sorted().map { ":" + CypherText.name($0) }.joined()
      try nodes.add(
        "{id: \(number), properties: \(literal(.map(node.properties)))}", group: labels,
        flushingTo: &sink, as: nodeStatement)
    }
    try nodes.flush(to: &sink, as: nodeStatement)
    var relationships = Batches(flushesOnChange: false)
    try graph.forEachRelationship { _, relationship, start, end in
      try relationships.add(
        "{start: \(start), end: \(end), properties: \(literal(.map(relationship.properties)))}",
        group: CypherText.name(relationship.type), flushingTo: &sink, as: relationshipStatement)
    }
    try relationships.flush(to: &sink, as: relationshipStatement)
    try sink.write("MATCH (n:\(importLabel)) REMOVE n:\(importLabel), n.\(importID);\n")
    try sink.write("DROP " + index)
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

  /// Rows waiting for their statement, by group (a label set, a type): a group's rows are
  /// written once there are `batchSize` of them, and every group's when a row of another group
  /// comes if `flushesOnChange` (so that nodes are created in the graph's order).
  private struct Batches {
    let flushesOnChange: Bool
    /// The groups with rows waiting, in the order of their first.
    private var groups: [String] = []
    private var rows: [String: [String]] = [:]

    init(flushesOnChange: Bool) { self.flushesOnChange = flushesOnChange }

    mutating func add(
      _ row: String, group: String, flushingTo sink: inout some ExportSink,
      as statement: (String, String) -> String
    ) throws {
      if flushesOnChange, let last = groups.last, last != group {
        try flush(to: &sink, as: statement)
      }
      if rows[group] == nil { groups.append(group) }
      rows[group, default: []].append(row)
      if let waiting = rows[group], waiting.count == batchSize {
        try sink.write(statement(group, waiting.joined(separator: ", ")))
        rows[group] = []
      }
    }

    /// Writes every group's waiting rows.
    mutating func flush(to sink: inout some ExportSink, as statement: (String, String) -> String)
      throws
    {
      for group in groups {
        if let waiting = rows[group], !waiting.isEmpty {
          try sink.write(statement(group, waiting.joined(separator: ", ")))
        }
      }
      (groups, rows) = ([], [:])
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
