import GraphModel
import SQLiteDB

/// Nodes created many at a time in one write transaction.
///
/// A node's ID can be reserved before the node is added, so that other writes refer to it while
/// its labels and properties are still being gathered. Index entries are written as nodes are
/// added; rows many per statement, and `flush()` writes the rest with the label statistics.
/// Until then the added nodes are not all stored: reads must not look for them.
struct NodeBatch {
  private let transaction: WriteTransaction
  private var rows: RowBatcher
  private var labelRows: RowBatcher
  /// The ID the next reserved node gets: one past the largest ever given out.
  private(set) var nextID: Int64
  private var nodesByLabel: [Int64: Int64] = [:]
  private var nodeCount: Int64 = 0

  init(_ transaction: WriteTransaction) throws {
    self.transaction = transaction
    let connection = transaction.connection
    rows = RowBatcher(
      into: "node(id, label_bits, labels, properties)", integerColumns: 2,
      byteColumns: [.blob, .blob], on: connection)
    labelRows = RowBatcher(into: "node_label(label, node)", integerColumns: 2, on: connection)
    nextID = try connection.highestID(in: "node") + 1
  }

  /// The ID of a node to be added later; every reserved ID must be added before `flush()`.
  mutating func reserveID() -> NodeID {
    defer { nextID += 1 }
    return NodeID(nextID)
  }

  /// Adds node `id`, reserved from this batch, with `labels` (duplicates ignored) and
  /// `properties` (null values not stored).
  ///
  /// - Returns: the node's label bitmap.
  /// - Throws: `StoreError.invalidPropertyValue` for a value a property cannot hold.
  @discardableResult
  mutating func add(_ id: NodeID, labels: [String], properties: [String: Value]) throws -> Int64 {
    let state = NodeState(
      labels: try transaction.labelSet(labels),
      properties: try transaction.record(properties))
    transaction.didCreate(node: id)
    try rows.append(
      [id.rawValue, state.labels.bits], bytes: state.labels.encoded(), state.properties.encoded())
    for label in state.labels.ids {
      try labelRows.append([label, id.rawValue])
      nodesByLabel[label, default: 0] += 1
    }
    nodeCount += 1
    if try transaction.indexDefinitions.coversAny(of: state.labels) {
      try transaction.indexMaintainer.reindex(id, from: nil, to: state)
    }
    return state.labels.bits
  }

  /// Writes every node added so far and the label statistics.
  mutating func flush() throws {
    try rows.flush()
    try labelRows.flush()
    for (label, count) in nodesByLabel {
      try transaction.adjustStatistics(.labels, id: label, by: count)
    }
    if nodeCount > 0 {
      try transaction.adjustStatistics(.labels, id: Statistics.allRows, by: nodeCount)
    }
    nodesByLabel.removeAll(keepingCapacity: true)
    nodeCount = 0
  }
}
