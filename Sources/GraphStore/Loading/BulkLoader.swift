import GraphModel
import SQLiteDB

/// The fast path for loading many nodes and relationships in one transaction.
///
/// Nodes are written as they come. A relationship's endpoints are checked as it comes (from
/// memory for nodes of this load); its row is written in batches of many rows per statement, and
/// its two adjacency rows wait in an `AdjacencyBuffer`. Relationships added through the loader
/// are therefore not visible to traversal until the load finishes; the whole load commits at
/// once or not at all.
public final class BulkLoader {
  private let transaction: WriteTransaction
  private var connection: Connection { transaction.connection }
  private var labelBits: NodeLabelBits
  private var nodesByLabel: [Int64: Int64] = [:]
  private var nodeCount: Int64 = 0
  /// Names interned during this load, by catalog kind, to skip the catalog on the hot path.
  private var internedIDs: [[String: Int64]] = Array(
    repeating: [:], count: CatalogKind.allCases.count)
  private var adjacency: AdjacencyBuffer
  private var properties = ByteWriter()
  private let emptyProperties = PropertyRecord().encoded()
  /// The ID the next relationship gets: SQLite's own choice, one past the largest.
  private var nextRelationship: Int64
  private var relationships: RowBatcher

  init(_ transaction: WriteTransaction, chunkSize: Int) throws {
    self.transaction = transaction
    let connection = transaction.connection
    labelBits = NodeLabelBits(firstNewNode: try Self.nextID(after: "node", on: connection))
    nextRelationship = try Self.nextID(after: "relationship", on: connection)
    relationships = try RowBatcher(
      into: #"relationship(id, start, "end", type, properties)"#, integerColumns: 4, hasBlob: true,
      on: connection)
    adjacency = try AdjacencyBuffer(transaction, capacity: chunkSize)
  }

  /// Adds a node; see `WriteTransaction.createNode(labels:properties:)`.
  @discardableResult
  public func addNode(labels: [String] = [], properties: [String: Value] = [:]) throws -> NodeID {
    let (id, labelSet) = try transaction.insertNode(labels: labels, properties: properties)
    for label in labelSet.ids { nodesByLabel[label, default: 0] += 1 }
    nodeCount += 1
    labelBits.record(id, labelSet.bits)
    return id
  }

  /// Adds a relationship.
  /// - Throws: `StoreError.nodeNotFound` when either endpoint does not exist.
  @discardableResult
  public func addRelationship(
    from start: NodeID, to end: NodeID, type: String, properties: [String: Value] = [:]
  ) throws -> RelationshipID {
    let startBits = try labelBits.bits(of: start, on: connection)
    let endBits = try labelBits.bits(of: end, on: connection)
    let typeID = try interned(type, .relationshipType)
    let id = nextRelationship
    nextRelationship += 1
    if properties.isEmpty {
      try relationships.append([id, start.rawValue, end.rawValue, typeID], blob: emptyProperties)
    } else {
      let entries = try properties.map { key, value in
        try PropertyRecord.validate(value, key: key)
        return (key: try interned(key, .propertyKey), value: value)
      }
      self.properties.removeAll()
      PropertyRecord.encode(entries, into: &self.properties)
      try relationships.append(
        [id, start.rawValue, end.rawValue, typeID], blob: self.properties.bytes)
    }
    adjacency.append(
      relationship: id, start: start.rawValue, end: end.rawValue, type: typeID,
      startBits: startBits, endBits: endBits)
    if adjacency.isFull { try adjacency.flush() }
    return RelationshipID(id)
  }

  /// The ID of a relationship type or property key, from this load's own memory when it can.
  private func interned(_ name: String, _ kind: CatalogKind) throws -> Int64 {
    if let id = internedIDs[kind.rawValue][name] { return id }
    let id = try transaction.intern(name, kind)
    internedIDs[kind.rawValue][name] = id
    return id
  }

  /// Writes what is still buffered, then the degrees and statistics of everything loaded.
  func finish() throws {
    try relationships.flush()
    try adjacency.flush()
    for (label, count) in nodesByLabel {
      try transaction.adjustStatistics(.labels, id: label, by: count)
    }
    try transaction.adjustStatistics(.labels, id: Statistics.allRows, by: nodeCount)
  }

  /// The ID SQLite will give the next row of `table` (one past the largest so far).
  private static func nextID(after table: String, on connection: Connection) throws -> Int64 {
    guard
      case .integer(let last) = try connection.scalar("SELECT coalesce(max(id), 0) FROM \(table)")
    else { throw StoreError.corruptValue("\(table) IDs are not integers") }
    return last + 1
  }
}

/// The label bitmaps of relationship endpoints, known without a read for the nodes of this load.
private struct NodeLabelBits {
  /// The ID the load's first node gets; the load's nodes follow it in order.
  let firstNewNode: Int64
  private var newNodes: [Int64] = []
  private var otherNodes: [Int64: Int64] = [:]

  init(firstNewNode: Int64) { self.firstNewNode = firstNewNode }

  mutating func record(_ node: NodeID, _ bits: Int64) {
    if node.rawValue == firstNewNode + Int64(newNodes.count) {
      newNodes.append(bits)
    } else {
      otherNodes[node.rawValue] = bits
    }
  }

  /// The node's bitmap.
  /// - Throws: `StoreError.nodeNotFound` when there is no such node.
  mutating func bits(of node: NodeID, on connection: Connection) throws -> Int64 {
    let offset = node.rawValue - firstNewNode
    if offset >= 0 && offset < Int64(newNodes.count) { return newNodes[Int(offset)] }
    if let bits = otherNodes[node.rawValue] { return bits }
    guard
      case .integer(let bits) = try connection.scalar(
        "SELECT label_bits FROM node WHERE id = ?", [.integer(node.rawValue)])
    else { throw StoreError.nodeNotFound(node) }
    otherNodes[node.rawValue] = bits
    return bits
  }
}

extension GraphStore {
  /// Loads many nodes and relationships in one transaction, faster than `write(_:)`.
  ///
  /// See `BulkLoader`. If `body` throws, or a relationship names a missing node, nothing is loaded.
  /// - Throws: what `body` throws, or `StoreError.nodeNotFound` for a relationship to a missing node.
  public func bulkLoad<T>(_ body: (BulkLoader) throws -> T) throws -> T {
    try bulkLoad(chunkSize: AdjacencyBuffer.defaultCapacity, body)
  }

  /// `bulkLoad(_:)` with a chosen buffer size, so tests can cross chunk boundaries cheaply.
  func bulkLoad<T>(chunkSize: Int, _ body: (BulkLoader) throws -> T) throws -> T {
    try write { transaction in
      let loader = try BulkLoader(transaction, chunkSize: chunkSize)
      let result = try body(loader)
      try loader.finish()
      return result
    }
  }
}
