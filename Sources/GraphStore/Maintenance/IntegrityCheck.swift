import GraphModel
import SQLiteDB

extension GraphStore {
  /// Checks the file with SQLite's own `integrity_check`, then the graph's invariants on one
  /// snapshot:
  ///
  /// 1. every relationship's endpoints exist and its type is in the catalog;
  /// 2. each relationship has exactly its two adjacency rows, and no adjacency row lacks one;
  /// 3. each adjacency row's far-node bitmap equals that node's;
  /// 4. the degree table and the statistics equal the counts they summarise;
  /// 5. every node's labels and property keys are in the catalog, its bitmap matches its
  ///    labels, its label rows match its label list, and its property record decodes;
  /// 6. each property index holds one entry per indexed value.
  ///
  /// It reads every row, so it takes time in proportion to the store's size.
  public func checkIntegrity() throws -> IntegrityReport {
    try read { transaction in try IntegrityChecker(transaction).run() }
  }
}

/// The checks behind `GraphStore.checkIntegrity()`, each adding its problems.
private struct IntegrityChecker {
  let transaction: ReadTransaction
  var connection: Connection { transaction.connection }

  init(_ transaction: ReadTransaction) { self.transaction = transaction }

  func run() throws -> IntegrityReport {
    var problems: [String] = []
    try connection.forEachRow("PRAGMA integrity_check") { row in
      let line = row.string(at: 0)
      if line != "ok" { problems.append("sqlite: \(line)") }
    }
    for (problem, sql) in Self.countedProblems {
      guard case .integer(let count) = try connection.scalar(sql), count > 0 else { continue }
      problems.append("\(count) \(problem)")
    }
    problems += try checkNodes()
    return IntegrityReport(problems: problems)
  }

  /// Each invariant that SQL can count: the count of rows breaking it should be zero.
  private static let countedProblems: [(String, String)] = [
    (
      "relationships with a missing start or end node",
      #"""
      SELECT count(*) FROM relationship r WHERE NOT EXISTS (SELECT 1 FROM node WHERE id = r.start)
      OR NOT EXISTS (SELECT 1 FROM node WHERE id = r."end")
      """#
    ),
    (
      "relationships whose type is not in the catalog",
      "SELECT count(*) FROM relationship r WHERE NOT EXISTS (SELECT 1 FROM relationship_type WHERE id = r.type)"
    ),
    (
      "relationships without their outgoing adjacency row",
      #"""
      SELECT count(*) FROM relationship r WHERE NOT EXISTS (SELECT 1 FROM adjacency_out a
      WHERE a.node = r.start AND a.type = r.type AND a.neighbor = r."end" AND a.relationship = r.id)
      """#
    ),
    (
      "relationships without their incoming adjacency row",
      #"""
      SELECT count(*) FROM relationship r WHERE NOT EXISTS (SELECT 1 FROM adjacency_in a
      WHERE a.node = r."end" AND a.type = r.type AND a.neighbor = r.start AND a.relationship = r.id)
      """#
    ),
    (
      "adjacency rows without their relationship",
      #"""
      SELECT (SELECT count(*) FROM adjacency_out a WHERE NOT EXISTS (SELECT 1 FROM relationship r
          WHERE r.id = a.relationship AND r.start = a.node AND r.type = a.type AND r."end" = a.neighbor))
      + (SELECT count(*) FROM adjacency_in a WHERE NOT EXISTS (SELECT 1 FROM relationship r
          WHERE r.id = a.relationship AND r."end" = a.node AND r.type = a.type AND r.start = a.neighbor))
      """#
    ),
    (
      "adjacency rows whose far-node label bitmap is stale",
      """
      SELECT (SELECT count(*) FROM adjacency_out a JOIN node n ON n.id = a.neighbor WHERE a.neighbor_bits <> n.label_bits)
      + (SELECT count(*) FROM adjacency_in a JOIN node n ON n.id = a.neighbor WHERE a.neighbor_bits <> n.label_bits)
      """
    ),
    (
      "degree rows that disagree with the adjacency",
      """
      SELECT count(*) FROM (
          SELECT node FROM (
              SELECT node, type, 1 AS o, 0 AS i FROM adjacency_out
              UNION ALL SELECT node, type, 0, 1 FROM adjacency_in
              UNION ALL SELECT node, type, -outgoing, -incoming FROM degree)
          GROUP BY node, type HAVING sum(o) <> 0 OR sum(i) <> 0)
      """
    ),
    (
      "label statistics that disagree with the label rows",
      """
      SELECT count(*) FROM (
          SELECT label FROM (
              SELECT label, 1 AS n FROM node_label
              UNION ALL SELECT 0, 1 FROM node
              UNION ALL SELECT label, -nodes FROM label_statistics)
          GROUP BY label HAVING sum(n) <> 0)
      """
    ),
    (
      "type statistics that disagree with the relationships",
      """
      SELECT count(*) FROM (
          SELECT type FROM (
              SELECT type, 1 AS n FROM relationship
              UNION ALL SELECT 0, 1 FROM relationship
              UNION ALL SELECT type, -relationships FROM type_statistics)
          GROUP BY type HAVING sum(n) <> 0)
      """
    ),
    (
      "label rows for missing nodes or labels",
      """
      SELECT count(*) FROM node_label nl WHERE NOT EXISTS (SELECT 1 FROM node WHERE id = nl.node)
      OR NOT EXISTS (SELECT 1 FROM label WHERE id = nl.label)
      """
    ),
  ]

  /// Decodes every node and checks it against the catalog, its label rows and the indexes.
  private func checkNodes() throws -> [String] {
    var problems: [String] = []
    var labelIDs = Set<Int64>()
    var keyIDs = Set<Int64>()
    try connection.forEachRow("SELECT id FROM label") { labelIDs.insert($0.int64(at: 0)) }
    try connection.forEachRow("SELECT id FROM property_key") { keyIDs.insert($0.int64(at: 0)) }
    var labelRows: [Int64: Int] = [:]
    try connection.forEachRow("SELECT node, count(*) FROM node_label GROUP BY node") {
      labelRows[$0.int64(at: 0)] = Int($0.int64(at: 1))
    }
    let indexes = try transaction.indexDefinitions.propertyIndexes
    var expectedEntries: [PropertyIndexKey: Int] = [:]
    try connection.forEachRow("SELECT id, labels, label_bits, properties FROM node") { row in
      let id = row.int64(at: 0)
      do {
        let labels = try row.withBlob(at: 1) { try LabelSet(decoding: $0) }
        let properties = try row.withBlob(at: 3) { try PropertyRecord(decoding: $0) }
        if labels.bits != row.int64(at: 2) {
          problems.append("node \(id): label bitmap does not match its labels")
        }
        if labels.ids.count != labelRows[id, default: 0] {
          problems.append("node \(id): label rows do not match its labels")
        }
        if let unknown = labels.ids.first(where: { !labelIDs.contains($0) }) {
          problems.append("node \(id): label ID \(unknown) is not in the catalog")
        }
        if let unknown = properties.entries.keys.first(where: { !keyIDs.contains($0) }) {
          problems.append("node \(id): property key ID \(unknown) is not in the catalog")
        }
        for index in indexes
        where labels.contains(index.label) && IndexedValue(properties[index.key] ?? .null) != nil {
          expectedEntries[index, default: 0] += 1
        }
      } catch let error as StoreError {
        problems.append("node \(id): \(error)")
      }
    }
    for index in indexes {
      let expected = expectedEntries[index, default: 0]
      let stored = try connection.scalar(
        "SELECT count(*) FROM property_index_entry WHERE label = ? AND key = ?",
        [.integer(index.label), .integer(index.key)])
      if case .integer(let count) = stored, count != expected {
        let description = PropertyIndexDescription(
          label: try transaction.name(of: index.label, .label),
          key: try transaction.name(of: index.key, .propertyKey))
        problems.append("property index \(description) has \(count) entries, expected \(expected)")
      }
    }
    return problems
  }
}
