import GraphModel
import SQLiteDB

extension WriteTransaction {
  /// Creates a relationship of `type` from `start` to `end`.
  ///
  /// - Returns: the new relationship's ID.
  /// - Throws: `StoreError.nodeNotFound` when either node does not exist.
  @discardableResult
  public func createRelationship(
    from start: NodeID, to end: NodeID, type: String, properties: [String: Value] = [:]
  ) throws -> RelationshipID {
    checkActive()
    let startBits = try labelBits(of: start)
    let endBits = try labelBits(of: end)
    let typeID = try intern(type, .relationshipType)
    try connection.run(
      #"INSERT INTO relationship(start, "end", type, properties) VALUES (?, ?, ?, ?)"#,
      [
        .integer(start.rawValue), .integer(end.rawValue), .integer(typeID),
        .blob(try record(properties).encoded()),
      ])
    let id = connection.lastInsertRowID
    didCreate(relationship: RelationshipID(id))
    try insertAdjacency(
      .outgoing, node: start.rawValue, typeID: typeID, neighbor: end.rawValue, relationship: id,
      bits: endBits)
    try insertAdjacency(
      .incoming, node: end.rawValue, typeID: typeID, neighbor: start.rawValue, relationship: id,
      bits: startBits)
    try adjustDegree(start, typeID: typeID, outgoing: 1, incoming: 0)
    try adjustDegree(end, typeID: typeID, outgoing: 0, incoming: 1)
    try adjustStatistics(.types, id: typeID, by: 1)
    try adjustStatistics(.types, id: Statistics.allRows, by: 1)
    return RelationshipID(id)
  }

  /// Sets one property of relationship `id`; setting `.null` removes it.
  public func setProperty(_ key: String, to value: Value, onRelationship id: RelationshipID) throws
  {
    try setProperties([key: value], onRelationship: id)
  }

  /// Sets several properties of relationship `id` (null values remove theirs).
  /// - Parameter replacingAll: when `true`, properties not named are removed.
  public func setProperties(
    _ properties: [String: Value], onRelationship id: RelationshipID, replacingAll: Bool = false
  ) throws {
    checkActive()
    try willChange(relationship: id)
    let edit = try propertyEdit(properties)
    let current = try connection.withStatement("SELECT properties FROM relationship WHERE id = ?") {
      statement in
      try statement.bind(id.rawValue, at: 1)
      return try statement.step()
        ? try statement.withBlob(at: 0) { try PropertyRecord(decoding: $0) } : nil
    }
    guard var record = current else { throw StoreError.relationshipNotFound(id) }
    if replacingAll { record = PropertyRecord() }
    edit.apply(to: &record)
    try connection.run(
      "UPDATE relationship SET properties = ? WHERE id = ?",
      [.blob(record.encoded()), .integer(id.rawValue)])
  }

  /// Deletes relationship `id`.
  /// - Throws: `StoreError.relationshipNotFound` when there is no such relationship.
  public func deleteRelationship(_ id: RelationshipID) throws {
    checkActive()
    try willChange(relationship: id)
    let row = try connection.withStatement(
      #"SELECT start, "end", type FROM relationship WHERE id = ?"#
    ) { statement in
      try statement.bind(id.rawValue, at: 1)
      return try statement.step()
        ? (statement.int64(at: 0), statement.int64(at: 1), statement.int64(at: 2)) : nil
    }
    guard let (start, end, typeID) = row else { throw StoreError.relationshipNotFound(id) }
    for (table, node, neighbor) in [
      (AdjacencyTable.outgoing, start, end), (AdjacencyTable.incoming, end, start),
    ] {
      try connection.run(
        "DELETE FROM \(table.name) WHERE node = ? AND type = ? AND neighbor = ? AND relationship = ?",
        [.integer(node), .integer(typeID), .integer(neighbor), .integer(id.rawValue)])
    }
    try adjustDegree(NodeID(start), typeID: typeID, outgoing: -1, incoming: 0)
    try adjustDegree(NodeID(end), typeID: typeID, outgoing: 0, incoming: -1)
    try adjustStatistics(.types, id: typeID, by: -1)
    try adjustStatistics(.types, id: Statistics.allRows, by: -1)
    try connection.run("DELETE FROM relationship WHERE id = ?", [.integer(id.rawValue)])
    try forgetFacts(.relationship, of: id.rawValue)
  }

  // MARK: Helpers

  /// The label bitmap of node `node`.
  /// - Throws: `StoreError.nodeNotFound` when there is no such node.
  func labelBits(of node: NodeID) throws -> Int64 {
    let bits = try connection.withStatement("SELECT label_bits FROM node WHERE id = ?") {
      statement in
      try statement.bind(node.rawValue, at: 1)
      return try statement.step() ? statement.int64(at: 0) : nil
    }
    guard let bits else { throw StoreError.nodeNotFound(node) }
    return bits
  }

  private func insertAdjacency(
    _ table: AdjacencyTable, node: Int64, typeID: Int64, neighbor: Int64, relationship: Int64,
    bits: Int64
  ) throws {
    try connection.withStatement(
      "INSERT INTO \(table.name)(node, type, neighbor, relationship, neighbor_bits) VALUES (?, ?, ?, ?, ?)"
    ) { statement in
      try statement.bind(node, at: 1)
      try statement.bind(typeID, at: 2)
      try statement.bind(neighbor, at: 3)
      try statement.bind(relationship, at: 4)
      try statement.bind(bits, at: 5)
      try statement.step()
    }
  }

  private func adjustDegree(_ node: NodeID, typeID: Int64, outgoing: Int64, incoming: Int64) throws
  {
    try connection.run(
      """
      INSERT INTO degree(node, type, outgoing, incoming) VALUES (?1, ?2, ?3, ?4)
      ON CONFLICT(node, type) DO UPDATE SET outgoing = outgoing + ?3, incoming = incoming + ?4
      """, [.integer(node.rawValue), .integer(typeID), .integer(outgoing), .integer(incoming)])
  }
}
