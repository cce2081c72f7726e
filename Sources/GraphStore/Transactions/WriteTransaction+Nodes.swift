import GraphModel
import SQLiteDB

extension WriteTransaction {
  /// Creates a node.
  ///
  /// - Parameters:
  ///   - labels: its labels (duplicates are ignored).
  ///   - properties: its properties (null values are not stored).
  /// - Returns: the new node's ID.
  @discardableResult
  public func createNode(labels: [String] = [], properties: [String: Value] = [:]) throws -> NodeID
  {
    checkActive()
    let state = NodeState(
      labels: try labelSet(labels),
      properties: try record(properties))
    try connection.run(
      "INSERT INTO node(labels, label_bits, properties) VALUES (?, ?, ?)",
      [
        .blob(state.labels.encoded()), .integer(state.labels.bits),
        .blob(state.properties.encoded()),
      ])
    let id = NodeID(connection.lastInsertRowID)
    didCreate(node: id)
    for label in state.labels.ids {
      try connection.run(
        "INSERT INTO node_label(label, node) VALUES (?, ?)",
        [.integer(label), .integer(id.rawValue)])
      try adjustStatistics(.labels, id: label, by: 1)
    }
    try adjustStatistics(.labels, id: Statistics.allRows, by: 1)
    if try indexDefinitions.coversAny(of: state.labels) {
      try indexMaintainer.reindex(id, from: nil, to: state)
    }
    return id
  }

  /// Sets one property of node `id`; setting `.null` removes it.
  /// - Throws: `StoreError.nodeNotFound` when there is no such node.
  public func setProperty(_ key: String, to value: Value, onNode id: NodeID) throws {
    let keyID = try intern(key, .propertyKey)
    try updateNode(id) { $0.properties[keyID] = value }
  }

  /// Sets several properties of node `id` (null values remove theirs).
  ///
  /// - Parameter replacingAll: when `true`, properties not named are removed (Cypher's
  ///   `SET n = {…}`); when `false`, they are kept (`SET n += {…}`).
  public func setProperties(
    _ properties: [String: Value], onNode id: NodeID, replacingAll: Bool = false
  ) throws {
    let edit = try propertyEdit(properties)
    try updateNode(id) { state in
      if replacingAll { state.properties = PropertyRecord() }
      edit.apply(to: &state.properties)
    }
  }

  /// Adds labels to node `id` and sets properties (null values remove theirs), in one rewrite
  /// of the node.
  package func amendNode(
    _ id: NodeID, addingLabels labels: [String], setting properties: [String: Value]
  ) throws {
    let labelIDs = try labels.map { try intern($0, .label) }
    let edit = try propertyEdit(properties)
    var added: [Int64] = []
    try updateNode(id) { state in
      added = labelIDs.filter { state.labels.insert($0) }
      edit.apply(to: &state.properties)
    }
    for label in added { try attachLabel(label, to: id) }
  }

  /// Adds `label` to node `id`.
  /// - Returns: `false` when the node had the label already.
  @discardableResult
  public func addLabel(_ label: String, toNode id: NodeID) throws -> Bool {
    let labelID = try intern(label, .label)
    var added = false
    try updateNode(id) { added = $0.labels.insert(labelID) }
    if added { try attachLabel(labelID, to: id) }
    return added
  }

  /// Removes `label` from node `id`.
  /// - Returns: `false` when the node did not have the label.
  @discardableResult
  public func removeLabel(_ label: String, fromNode id: NodeID) throws -> Bool {
    guard let labelID = try resolve(label, .label) else {
      guard try nodeExists(id) else { throw StoreError.nodeNotFound(id) }
      return false
    }
    var removed = false
    try updateNode(id) { removed = $0.labels.remove(labelID) }
    if removed {
      try connection.run(
        "DELETE FROM node_label WHERE label = ? AND node = ?",
        [.integer(labelID), .integer(id.rawValue)])
      try adjustStatistics(.labels, id: labelID, by: -1)
    }
    return removed
  }

  /// Deletes node `id`.
  ///
  /// - Parameter detach: when `true`, its relationships are deleted with it (Cypher's
  ///   `DETACH DELETE`); when `false`, a node with relationships is refused.
  /// - Throws: `StoreError.nodeNotFound`, or `StoreError.nodeHasRelationships` when not detaching.
  public func deleteNode(_ id: NodeID, detach: Bool = false) throws {
    try willChange(node: id)
    guard let state = try nodeState(id) else { throw StoreError.nodeNotFound(id) }
    let attached = try neighbors(of: id, direction: .both)
    if !attached.isEmpty {
      guard detach else { throw StoreError.nodeHasRelationships(id, count: attached.count) }
      for neighbor in attached { try deleteRelationship(neighbor.relationship) }
    }
    try indexMaintainer.reindex(id, from: state, to: nil)
    for label in state.labels.ids {
      try connection.run(
        "DELETE FROM node_label WHERE label = ? AND node = ?",
        [.integer(label), .integer(id.rawValue)])
      try adjustStatistics(.labels, id: label, by: -1)
    }
    try adjustStatistics(.labels, id: Statistics.allRows, by: -1)
    try connection.run("DELETE FROM degree WHERE node = ?", [.integer(id.rawValue)])
    try connection.run("DELETE FROM node WHERE id = ?", [.integer(id.rawValue)])
    try forgetProvenance(of: id)
  }

  // MARK: Helpers

  func nodeState(_ id: NodeID) throws -> NodeState? {
    try withNodeRow(id) { labels, properties in
      NodeState(
        labels: try LabelSet(decoding: labels), properties: try PropertyRecord(decoding: properties)
      )
    }
  }

  /// Reads node `id`, applies `change`, and writes back whatever changed, keeping the indexes
  /// and the label bitmaps in adjacency rows in step.
  private func updateNode(_ id: NodeID, _ change: (inout NodeState) -> Void) throws {
    try willChange(node: id)
    guard let old = try nodeState(id) else { throw StoreError.nodeNotFound(id) }
    var new = old
    change(&new)
    if new.labels != old.labels {
      try connection.run(
        "UPDATE node SET labels = ?, label_bits = ? WHERE id = ?",
        [.blob(new.labels.encoded()), .integer(new.labels.bits), .integer(id.rawValue)])
      if new.labels.bits != old.labels.bits { try updateNeighborBits(of: id, to: new.labels.bits) }
    }
    if new.properties != old.properties {
      try connection.run(
        "UPDATE node SET properties = ? WHERE id = ?",
        [.blob(new.properties.encoded()), .integer(id.rawValue)])
    }
    let definitions = try indexDefinitions
    if definitions.coversAny(of: old.labels) || definitions.coversAny(of: new.labels) {
      try indexMaintainer.reindex(id, from: old, to: new)
    }
  }

  private func attachLabel(_ label: Int64, to id: NodeID) throws {
    try connection.run(
      "INSERT INTO node_label(label, node) VALUES (?, ?)", [.integer(label), .integer(id.rawValue)])
    try adjustStatistics(.labels, id: label, by: 1)
  }

  /// Rewrites the far-node bitmap in every adjacency row that points at node `id`.
  private func updateNeighborBits(of id: NodeID, to bits: Int64) throws {
    for neighbor in try neighbors(of: id, direction: .both) + selfLoopsAsIncoming(of: id) {
      // The row that sees `id` as its far end sits in the other table, keyed from the neighbour.
      let table =
        neighbor.direction == .outgoing ? AdjacencyTable.incoming : AdjacencyTable.outgoing
      try connection.run(
        "UPDATE \(table.name) SET neighbor_bits = ? WHERE node = ? AND type = ? AND neighbor = ? AND relationship = ?",
        [
          .integer(bits), .integer(neighbor.node.rawValue), .integer(neighbor.typeID),
          .integer(id.rawValue),
          .integer(neighbor.relationship.rawValue),
        ])
    }
  }

  /// A self-loop appears once in `.both`; its outgoing row needs updating too.
  private func selfLoopsAsIncoming(of id: NodeID) throws -> [Neighbor] {
    try neighbors(of: id, direction: .incoming).filter { $0.node == id }
  }
}
