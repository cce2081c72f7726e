import GraphModel
import SQLiteDB

extension ReadTransaction {
  /// The relationship with this ID, or `nil` when there is none.
  public func relationship(_ id: RelationshipID) throws -> Relationship? {
    checkActive()
    let sql = #"SELECT start, "end", type, properties FROM relationship WHERE id = ?"#
    return try connection.withStatement(sql) { statement in
      try statement.bind(id.rawValue, at: 1)
      guard try statement.step() else { return nil }
      return Relationship(
        id: id, start: NodeID(statement.int64(at: 0)), end: NodeID(statement.int64(at: 1)),
        type: try name(of: statement.int64(at: 2), .relationshipType),
        properties: try statement.withBlob(at: 3) { try namedProperties($0) })
    }
  }

  /// One property of relationship `id`, `.null` when it does not have it.
  /// - Throws: `StoreError.relationshipNotFound` when there is no such relationship.
  public func property(_ key: String, ofRelationship id: RelationshipID) throws -> Value {
    checkActive()
    let keyID = try resolve(key, .propertyKey)
    let value = try connection.withStatement("SELECT properties FROM relationship WHERE id = ?") {
      statement -> Value? in
      try statement.bind(id.rawValue, at: 1)
      guard try statement.step() else { return nil }
      guard let keyID else { return .null }
      return try statement.withBlob(at: 0) { try PropertyRecord.value(forKey: keyID, in: $0) }
        ?? .null
    }
    guard let value else { throw StoreError.relationshipNotFound(id) }
    return value
  }

  /// Calls `body` with the ID of every relationship, in ID order.
  public func forEachRelationshipID(_ body: (RelationshipID) throws -> Void) throws {
    checkActive()
    try connection.forEachRow("SELECT id FROM relationship") {
      try body(RelationshipID($0.int64(at: 0)))
    }
  }

  /// The number of relationships, or of those of `type`, read from the statistics.
  public func relationshipCount(ofType type: String? = nil) throws -> Int {
    try statisticsCount(.types, of: type)
  }
}
