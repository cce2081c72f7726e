import GraphModel
import SQLiteDB

/// The fast path for loading many nodes and relationships in one transaction.
///
/// Nodes are written through a `NodeBatch`. A relationship's endpoints are checked as it comes
/// (from memory for nodes of this load); it is then written through a `RelationshipBatch`. So
/// what is added through the loader is not all visible until the load finishes. The whole load
/// commits at once or not at all.
public final class BulkLoader {
  private let transaction: WriteTransaction
  private var connection: Connection { transaction.connection }
  private var labelBits: NodeLabelBits
  private var nodes: NodeBatch
  /// Names interned during this load, by catalog kind, to skip the catalog on the hot path.
  private var internedIDs: [[String: Int64]] = Array(
    repeating: [:], count: CatalogKind.allCases.count)
  private var relationships: RelationshipBatch

  init(_ transaction: WriteTransaction, chunkSize: Int) throws {
    self.transaction = transaction
    nodes = try NodeBatch(transaction)
    labelBits = NodeLabelBits(firstNewNode: try transaction.connection.highestID(in: "node") + 1)
    relationships = try RelationshipBatch(transaction, capacity: chunkSize)
  }

  /// Adds a node; see `WriteTransaction.createNode(labels:properties:)`.
  @discardableResult
  public func addNode(labels: [String] = [], properties: [String: Value] = [:]) throws -> NodeID {
    let id = nodes.reserveID()
    labelBits.record(id, try nodes.add(id, labels: labels, properties: properties))
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
    let id = try relationships.add(
      from: start, startBits: startBits, to: end, endBits: endBits,
      type: try interned(type, .relationshipType), properties: properties
    ) { try interned($0, .propertyKey) }
    if relationships.isFull { try relationships.flush() }
    return id
  }

  /// The ID of a relationship type or property key, from this load's own memory when it can.
  private func interned(_ name: String, _ kind: CatalogKind) throws -> Int64 {
    if let id = internedIDs[kind.rawValue][name] { return id }
    let id = try transaction.intern(name, kind)
    internedIDs[kind.rawValue][name] = id
    return id
  }

  /// Writes what is still buffered, with the degrees and statistics of everything loaded.
  func finish() throws {
    try nodes.flush()
    try relationships.flush()
  }
}

/// The label bitmaps of relationship endpoints, known without a read for the nodes of this load.
private struct NodeLabelBits {
  /// The ID the load's first node gets; the load's nodes follow it in order.
  let firstNewNode: Int64
  private var newNodes: [Int64] = []
  private var otherNodes: [Int64: Int64] = [:]

  init(firstNewNode: Int64) { self.firstNewNode = firstNewNode }

  /// Keeps the bitmap of the load's next node.
  mutating func record(_ node: NodeID, _ bits: Int64) {
    precondition(node.rawValue == firstNewNode + Int64(newNodes.count), "nodes out of order")
    newNodes.append(bits)
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
