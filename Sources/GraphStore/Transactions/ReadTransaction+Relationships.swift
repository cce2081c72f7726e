import GraphModel
import SQLiteDB

extension ReadTransaction {
  /// Relationship `id` decoded: from the snapshot cache when this connection has one, else
  /// from its row.
  func relationshipRow(_ id: RelationshipID) throws -> SnapshotCache.RelationshipRow? {
    try withDecodedRelationshipRow(id) { $0 }
  }

  /// Calls `body` with relationship `id`'s row, lent from the snapshot cache without a retain
  /// when there is one; nil when there is no such relationship. `body` must not read the graph.
  private func withDecodedRelationshipRow<Result>(
    _ id: RelationshipID, _ body: (SnapshotCache.RelationshipRow) throws -> Result
  ) throws -> Result? {
    checkActive()
    guard let cache else { return try readRelationshipRow(id).map(body) }
    return try cache.withRelationship(id, { try readRelationshipRow(id) }, body)
  }

  private func readRelationshipRow(_ id: RelationshipID) throws -> SnapshotCache.RelationshipRow? {
    let sql = #"SELECT start, "end", type, properties FROM relationship WHERE id = ?"#
    return try connection.withStatement(sql) { statement in
      try statement.bind(id.rawValue, at: 1)
      guard try statement.step() else { return nil }
      return SnapshotCache.RelationshipRow(
        start: NodeID(statement.int64(at: 0)), end: NodeID(statement.int64(at: 1)),
        typeID: statement.int64(at: 2),
        properties: try statement.withBlob(at: 3) { try DecodedProperties(decoding: $0) })
    }
  }

  /// The relationship with this ID, or `nil` when there is none.
  public func relationship(_ id: RelationshipID) throws -> Relationship? {
    try relationshipRow(id).map {
      Relationship(
        id: id, start: $0.start, end: $0.end, type: try name(of: $0.typeID, .relationshipType),
        properties: try namedProperties($0.properties))
    }
  }

  /// One property of relationship `id`, `.null` when it does not have it.
  /// - Throws: `StoreError.relationshipNotFound` when there is no such relationship.
  public func property(_ key: String, ofRelationship id: RelationshipID) throws -> Value {
    try property(keyID: try propertyKeyID(key), ofRelationship: id)
  }

  /// One property of relationship `id` by interned key (nil: a key the graph has never used).
  /// - Throws: `StoreError.relationshipNotFound` when there is no such relationship.
  package func property(keyID: Int64?, ofRelationship id: RelationshipID) throws -> Value {
    checkActive()
    let value: Value?
    if cache != nil {
      value = try withDecodedRelationshipRow(id) { row in
        keyID.flatMap { row.properties[$0] } ?? .null
      }
    } else {
      value = try connection.withStatement("SELECT properties FROM relationship WHERE id = ?") {
        statement -> Value? in
        try statement.bind(id.rawValue, at: 1)
        guard try statement.step() else { return nil }
        guard let keyID else { return .null }
        return try statement.withBlob(at: 0) { try PropertyRecord.value(forKey: keyID, in: $0) }
          ?? .null
      }
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
