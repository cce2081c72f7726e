import GraphModel
import SQLiteDB

/// Relationships created many at a time in one write transaction.
///
/// Each gets the next ID as it is added; its row is written in batches of many rows per
/// statement and its adjacency through an `AdjacencyBuffer`. Until `flush()` the added
/// relationships are invisible: not found by ID, not traversed, not in degrees or statistics.
struct RelationshipBatch {
  private let transaction: WriteTransaction
  private var rows: RowBatcher
  private var adjacency: AdjacencyBuffer
  /// The ID the next relationship gets: SQLite's own choice, one past the largest.
  private var nextID: Int64
  /// The property record of the relationship being added, as pairs and encoded; kept to be
  /// reused.
  private var entries: [(key: Int64, value: Value)] = []
  private var encoded = ByteWriter()
  private let emptyProperties = PropertyRecord().encoded()

  init(_ transaction: WriteTransaction, capacity: Int = AdjacencyBuffer.defaultCapacity) throws {
    self.transaction = transaction
    let connection = transaction.connection
    rows = RowBatcher(
      into: #"relationship(id, start, "end", type, properties)"#, integerColumns: 4,
      byteColumns: [.blob], on: connection)
    adjacency = AdjacencyBuffer(transaction, capacity: capacity)
    nextID = try connection.highestID(in: "relationship") + 1
  }

  /// Whether the batch holds as many relationships as it should before a `flush()`.
  var isFull: Bool { adjacency.isFull }

  /// How many relationships were added since the last `flush()`.
  var count: Int { adjacency.count }

  /// Adds a relationship of type `type` from `start`, whose label bitmap is `startBits`, to
  /// `end` (`endBits`).
  ///
  /// - Parameter keyID: the interned ID of a property key.
  /// - Throws: `StoreError.invalidPropertyValue` for a value a property cannot hold.
  mutating func add(
    from start: NodeID, startBits: Int64, to end: NodeID, endBits: Int64, type: Int64,
    properties: [String: Value], keyID: (String) throws -> Int64
  ) throws -> RelationshipID {
    let id = nextID
    nextID += 1
    if properties.isEmpty {
      try rows.append([id, start.rawValue, end.rawValue, type], bytes: emptyProperties)
    } else {
      entries.removeAll(keepingCapacity: true)
      for (key, value) in properties {
        try PropertyRecord.validate(value, key: key)
        entries.append((try keyID(key), value))
      }
      encoded.removeAll()
      PropertyRecord.encode(&entries, into: &encoded)
      try rows.append([id, start.rawValue, end.rawValue, type], bytes: encoded.bytes)
    }
    adjacency.append(
      relationship: id, start: start.rawValue, end: end.rawValue, type: type,
      startBits: startBits, endBits: endBits)
    return RelationshipID(id)
  }

  /// Sets `properties` on relationship `id`, added since the last `flush()`, as
  /// `WriteTransaction.setProperties(_:onRelationship:)` does: a null value removes a property.
  /// A row still waiting for its batch is changed in memory.
  ///
  /// - Throws: `StoreError.invalidPropertyValue` for a value a property cannot hold.
  mutating func setProperties(_ properties: [String: Value], on id: RelationshipID) throws {
    let waitingRow = Int(id.rawValue - nextID) + rows.waitingRows
    guard waitingRow >= 0 else {
      try transaction.setProperties(properties, onRelationship: id)
      return
    }
    let edit = try transaction.propertyEdit(properties)
    var record = try rows.withBytes(ofWaitingRow: waitingRow) { try PropertyRecord(decoding: $0) }
    edit.apply(to: &record)
    rows.replaceBytes(ofWaitingRow: waitingRow, with: record.encoded())
  }

  /// Writes every relationship added so far.
  mutating func flush() throws {
    try rows.flush()
    try adjacency.flush()
  }
}
