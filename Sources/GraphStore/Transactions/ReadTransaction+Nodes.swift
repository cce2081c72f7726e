import GraphModel
import SQLiteDB

extension ReadTransaction {
  /// Calls `body` with the raw label list and property record of node `id`, if it exists.
  func withNodeRow<T>(
    _ id: NodeID,
    _ body: (_ labels: UnsafeRawBufferPointer, _ properties: UnsafeRawBufferPointer) throws -> T
  ) throws -> T? {
    checkActive()
    return try connection.withStatement("SELECT labels, properties FROM node WHERE id = ?") {
      statement in
      try statement.bind(id.rawValue, at: 1)
      guard try statement.step() else { return nil }
      return try statement.withBlob(at: 0) { labels in
        try statement.withBlob(at: 1) { properties in try body(labels, properties) }
      }
    }
  }

  /// Node `id` decoded: from the snapshot cache when this connection has one, else from its row.
  func nodeRow(_ id: NodeID) throws -> SnapshotCache.NodeRow? {
    try withDecodedNodeRow(id) { $0 }
  }

  /// Calls `body` with node `id`'s row, lent from the snapshot cache without a retain when
  /// there is one; nil when there is no such node. `body` must not read the graph.
  private func withDecodedNodeRow<Result>(
    _ id: NodeID, _ body: (SnapshotCache.NodeRow) throws -> Result
  ) throws -> Result? {
    guard let cache else { return try readNodeRow(id).map(body) }
    checkActive()
    return try cache.withNode(id, { try readNodeRow(id) }, body)
  }

  private func readNodeRow(_ id: NodeID) throws -> SnapshotCache.NodeRow? {
    try withNodeRow(id) { labels, properties in
      SnapshotCache.NodeRow(
        labels: try LabelSet(decoding: labels),
        properties: try DecodedProperties(decoding: properties))
    }
  }

  /// The node with this ID, or `nil` when there is none.
  public func node(_ id: NodeID) throws -> Node? {
    try nodeRow(id).map {
      Node(
        id: id, labels: try labelNames($0.labels), properties: try namedProperties($0.properties))
    }
  }

  /// Whether a node has this ID.
  public func nodeExists(_ id: NodeID) throws -> Bool {
    if cache != nil { return try nodeRow(id) != nil }
    return try withNodeRow(id) { _, _ in true } ?? false
  }

  /// The labels of node `id`, sorted.
  /// - Throws: `StoreError.nodeNotFound` when there is no such node.
  public func labels(of id: NodeID) throws -> [String] {
    guard let row = try nodeRow(id) else { throw StoreError.nodeNotFound(id) }
    return try labelNames(row.labels)
  }

  /// The label bitmap of node `id`, as adjacency rows carry it for their far node
  /// (`Neighbor.labelBits`).
  /// - Throws: `StoreError.nodeNotFound` when there is no such node.
  package func labelBits(ofNode id: NodeID) throws -> Int64 {
    guard let bits = try withDecodedNodeRow(id, \.labels.bits) else {
      throw StoreError.nodeNotFound(id)
    }
    return bits
  }

  /// One property of node `id`, `.null` when the node does not have it.
  /// - Throws: `StoreError.nodeNotFound` when there is no such node.
  public func property(_ key: String, ofNode id: NodeID) throws -> Value {
    try property(keyID: try propertyKeyID(key), ofNode: id)
  }

  /// One property of node `id` by interned key (nil: a key the graph has never used).
  /// - Throws: `StoreError.nodeNotFound` when there is no such node.
  package func property(keyID: Int64?, ofNode id: NodeID) throws -> Value {
    let value: Value?
    if cache != nil {
      value = try withDecodedNodeRow(id) { row in keyID.flatMap { row.properties[$0] } ?? .null }
    } else {
      value = try withNodeRow(id) { _, properties -> Value in
        guard let keyID else { return .null }
        return try PropertyRecord.value(forKey: keyID, in: properties) ?? .null
      }
    }
    guard let value else { throw StoreError.nodeNotFound(id) }
    return value
  }

  /// The IDs of every node with `label`, in ID order.
  public func nodeIDs(withLabel label: String) throws -> [NodeID] {
    var ids: [NodeID] = []
    try forEachNodeID(withLabel: label) { ids.append($0) }
    return ids
  }

  /// Calls `body` with the ID of every node with `label`, in ID order.
  public func forEachNodeID(withLabel label: String, _ body: (NodeID) throws -> Void) throws {
    guard let labelID = try resolve(label, .label) else { return }
    guard let cache else { return try forEachStoredNodeID(withLabel: labelID, body) }
    let nodes = try cache.nodes(withLabel: labelID) {
      var nodes: [NodeID] = []
      try forEachStoredNodeID(withLabel: labelID) { nodes.append($0) }
      return nodes
    }
    for node in nodes { try body(node) }
  }

  /// Calls `body` with the ID of every node with the label `labelID`, read from its index.
  private func forEachStoredNodeID(withLabel labelID: Int64, _ body: (NodeID) throws -> Void)
    throws
  {
    try connection.forEachRow("SELECT node FROM node_label WHERE label = ?", [.integer(labelID)]) {
      try body(NodeID($0.int64(at: 0)))
    }
  }

  /// Calls `body` with the ID of every node, in ID order.
  public func forEachNodeID(_ body: (NodeID) throws -> Void) throws {
    checkActive()
    try connection.forEachRow("SELECT id FROM node") { try body(NodeID($0.int64(at: 0))) }
  }

  /// The number of nodes, or of nodes with `label`, read from the statistics without scanning.
  public func nodeCount(withLabel label: String? = nil) throws -> Int {
    try statisticsCount(.labels, of: label)
  }

  /// One count from a statistics table: of everything when `name` is nil.
  func statisticsCount(_ table: StatisticsTable, of name: String?) throws -> Int {
    checkActive()
    var id = Statistics.allRows
    if let name {
      guard let resolved = try resolve(name, table.kind) else { return 0 }
      id = resolved
    }
    guard case .integer(let count) = try connection.scalar(table.select, [.integer(id)]) else {
      return 0
    }
    return Int(count)
  }

  func labelNames(_ labels: LabelSet) throws -> [String] {
    try labels.ids.map { try name(of: $0, .label) }.sorted()
  }
}
