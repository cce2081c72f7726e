import GraphModel
import SQLiteDB

/// The fast path for loading many nodes and relationships in one transaction.
///
/// Nodes are written as they come. Relationships are first written as bare rows; when the load
/// ends, their endpoints are checked in one pass and the adjacency, degree and statistics tables
/// are filled with a few sorted set-based statements instead of six B-tree updates per
/// relationship. Relationships added through the loader are therefore not visible to traversal
/// until the load finishes; the whole load commits at once or not at all.
public final class BulkLoader {
  private let transaction: WriteTransaction
  private var nodesByLabel: [Int64: Int64] = [:]
  private var nodeCount: Int64 = 0
  private let firstRelationship: Int64
  /// Names interned during this load, by catalog kind, to skip the catalog on the hot path.
  private var internedIDs: [[String: Int64]] = Array(
    repeating: [:], count: CatalogKind.allCases.count)
  /// Prepared once for the load rather than fetched from the statement cache per relationship.
  private let insertRelationship: Statement

  init(_ transaction: WriteTransaction) throws {
    self.transaction = transaction
    let maximum = try transaction.connection.scalar("SELECT coalesce(max(id), 0) FROM relationship")
    guard case .integer(let last) = maximum else {
      throw StoreError.corruptValue("relationship IDs are not integers")
    }
    firstRelationship = last + 1
    insertRelationship = try transaction.connection.prepare(
      #"INSERT INTO relationship(start, "end", type, properties) VALUES (?, ?, ?, ?)"#)
  }

  /// Adds a node; see `WriteTransaction.createNode(labels:properties:)`.
  @discardableResult
  public func addNode(labels: [String] = [], properties: [String: Value] = [:]) throws -> NodeID {
    let (id, labelIDs) = try transaction.insertNode(labels: labels, properties: properties)
    for label in labelIDs { nodesByLabel[label, default: 0] += 1 }
    nodeCount += 1
    return id
  }

  /// Adds a relationship; its endpoints are checked when the load finishes.
  @discardableResult
  public func addRelationship(
    from start: NodeID, to end: NodeID, type: String, properties: [String: Value] = [:]
  ) throws -> RelationshipID {
    var record = PropertyRecord()
    for (key, value) in properties { record[try interned(key, .propertyKey)] = value }
    try insertRelationship.bind(start.rawValue, at: 1)
    try insertRelationship.bind(end.rawValue, at: 2)
    try insertRelationship.bind(try interned(type, .relationshipType), at: 3)
    try insertRelationship.bind(blob: record.encoded(), at: 4)
    defer { insertRelationship.reset() }
    try insertRelationship.step()
    return RelationshipID(transaction.connection.lastInsertRowID)
  }

  /// The ID of a relationship type or property key, from this load's own memory when it can.
  private func interned(_ name: String, _ kind: CatalogKind) throws -> Int64 {
    if let id = internedIDs[kind.rawValue][name] { return id }
    let id = try transaction.intern(name, kind)
    internedIDs[kind.rawValue][name] = id
    return id
  }

  /// Checks the new relationships' endpoints and builds their adjacency, degrees and statistics.
  func finish() throws {
    let connection = transaction.connection
    let first: [SQLiteValue] = [.integer(firstRelationship)]
    guard
      case .integer(let added) = try connection.scalar(
        "SELECT count(*) FROM relationship WHERE id >= ?1", first)
    else { return }
    // Each adjacency row joins its far node, so a table that gains fewer rows than there are
    // new relationships has met a missing node; only then is it worth finding which.
    for (table, near, far) in [
      ("adjacency_out", "start", #""end""#), ("adjacency_in", #""end""#, "start"),
    ] {
      try connection.run(
        """
        INSERT INTO \(table)(node, type, neighbor, relationship, neighbor_bits)
        SELECT r.\(near), r.type, r.\(far), r.id, n.label_bits FROM relationship r JOIN node n ON n.id = r.\(far)
        WHERE r.id >= ?1 ORDER BY 1, 2, 3, 4
        """, first)
      if connection.changes != added {
        throw StoreError.nodeNotFound(try missingEndpoint(far: far))
      }
      // The table is clustered by (node, type), so these counts stream without sorting.
      let column = table == "adjacency_out" ? "outgoing" : "incoming"
      try connection.run(
        """
        INSERT INTO degree(node, type, outgoing, incoming)
        SELECT node, type, \(column == "outgoing" ? "count(*), 0" : "0, count(*)") FROM \(table)
        WHERE relationship >= ?1 GROUP BY node, type
        ON CONFLICT(node, type) DO UPDATE SET \(column) = \(column) + excluded.\(column)
        """, first)
    }
    var relationshipsByType: [(Int64, Int64)] = []
    try connection.forEachRow(
      "SELECT type, count(*) FROM relationship WHERE id >= ?1 GROUP BY type", first
    ) {
      relationshipsByType.append(($0.int64(at: 0), $0.int64(at: 1)))
    }
    for (type, count) in relationshipsByType {
      try transaction.adjustStatistics(.types, id: type, by: count)
    }
    try transaction.adjustStatistics(.types, id: Statistics.allRows, by: added)
    for (label, count) in nodesByLabel {
      try transaction.adjustStatistics(.labels, id: label, by: count)
    }
    try transaction.adjustStatistics(.labels, id: Statistics.allRows, by: nodeCount)
  }

  /// The first missing node a new relationship names at its `far` end.
  private func missingEndpoint(far: String) throws -> NodeID {
    let missing = try transaction.connection.scalar(
      "SELECT r.\(far) FROM relationship r WHERE r.id >= ?1 AND NOT EXISTS (SELECT 1 FROM node WHERE id = r.\(far)) LIMIT 1",
      [.integer(firstRelationship)])
    guard case .integer(let id) = missing else {
      throw StoreError.corruptValue("adjacency rows went missing during a bulk load")
    }
    return NodeID(id)
  }
}

extension GraphStore {
  /// Loads many nodes and relationships in one transaction, faster than `write(_:)`.
  ///
  /// See `BulkLoader`. If `body` throws or a relationship names a missing node, nothing is loaded.
  /// - Throws: what `body` throws, or `StoreError.nodeNotFound` for a dangling relationship.
  public func bulkLoad<T>(_ body: (BulkLoader) throws -> T) throws -> T {
    try write { transaction in
      let loader = try BulkLoader(transaction)
      let result = try body(loader)
      try loader.finish()
      return result
    }
  }
}
