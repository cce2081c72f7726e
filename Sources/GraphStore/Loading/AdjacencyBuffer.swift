import SQLiteDB

/// The adjacency rows of relationships created in one write transaction, written later and in
/// bulk.
///
/// `flush()` sorts the buffered rows by each table's key and writes them many rows per
/// statement, so each adjacency B-tree grows by appends and near-appends instead of random
/// inserts. It also counts degrees from the sorted runs, and relationships per type for the
/// statistics. Until then the buffered relationships are invisible to traversal and degrees,
/// and their rows keep the endpoints' label bitmaps as they were when added.
struct AdjacencyBuffer {
  /// Relationships buffered before they must be written: bounded memory (about 12 MiB).
  static let defaultCapacity = 1 << 18

  let capacity: Int
  private let transaction: WriteTransaction
  private var pending: [PendingAdjacency] = []
  private var outgoing: RowBatcher
  private var incoming: RowBatcher
  private var degrees: RowBatcher

  init(_ transaction: WriteTransaction, capacity: Int = defaultCapacity) {
    self.transaction = transaction
    self.capacity = capacity
    let connection = transaction.connection
    let columns = "(node, type, neighbor, relationship, neighbor_bits)"
    outgoing = RowBatcher(into: "adjacency_out\(columns)", integerColumns: 5, on: connection)
    incoming = RowBatcher(into: "adjacency_in\(columns)", integerColumns: 5, on: connection)
    degrees = RowBatcher(
      into: "degree(node, type, outgoing, incoming)", integerColumns: 4,
      onConflict: """
        ON CONFLICT(node, type) DO UPDATE SET outgoing = outgoing + excluded.outgoing, \
        incoming = incoming + excluded.incoming
        """, on: connection)
    pending.reserveCapacity(capacity)
  }

  var isFull: Bool { pending.count >= capacity }

  /// How many relationships' rows are buffered.
  var count: Int { pending.count }

  /// Buffers the adjacency of relationship `relationship` of type `type` from `start` (whose
  /// label bitmap is `startBits`) to `end` (`endBits`).
  mutating func append(
    relationship: Int64, start: Int64, end: Int64, type: Int64, startBits: Int64, endBits: Int64
  ) {
    pending.append(
      PendingAdjacency(
        start: start, end: end, type: type, relationship: relationship, startBits: startBits,
        endBits: endBits))
  }

  /// Writes the buffered adjacency rows, each table's in its key order, the degrees counted
  /// from the runs of one (node, type) in that order, and the relationships per type.
  mutating func flush() throws {
    guard !pending.isEmpty else { return }
    pending.sort {
      ($0.start, $0.type, $0.end, $0.relationship) < ($1.start, $1.type, $1.end, $1.relationship)
    }
    for row in pending {
      try outgoing.append([row.start, row.type, row.end, row.relationship, row.endBits])
    }
    try addDegrees(node: { $0.start }, outgoing: 1, incoming: 0)
    pending.sort {
      ($0.end, $0.type, $0.start, $0.relationship) < ($1.end, $1.type, $1.start, $1.relationship)
    }
    for row in pending {
      try incoming.append([row.end, row.type, row.start, row.relationship, row.startBits])
    }
    try addDegrees(node: { $0.end }, outgoing: 0, incoming: 1)
    try outgoing.flush()
    try incoming.flush()
    try degrees.flush()
    try addStatistics()
    pending.removeAll(keepingCapacity: true)
  }

  /// Counts the runs of equal (node, type) in `pending`, sorted by that node, as degrees.
  private mutating func addDegrees(
    node: (PendingAdjacency) -> Int64, outgoing: Int64, incoming: Int64
  ) throws {
    var runStart = pending.startIndex
    for index in pending.indices {
      let next = pending.index(after: index)
      let runEnds =
        next == pending.endIndex
        || node(pending[next]) != node(pending[index])
        || pending[next].type != pending[index].type
      guard runEnds else { continue }
      let count = Int64(next - runStart)
      try degrees.append(
        [node(pending[index]), pending[index].type, outgoing * count, incoming * count])
      runStart = next
    }
  }

  /// Adds the buffered relationships to the per-type and total counts.
  private func addStatistics() throws {
    var byType: [Int64: Int64] = [:]
    for row in pending { byType[row.type, default: 0] += 1 }
    for (type, count) in byType {
      try transaction.adjustStatistics(.types, id: type, by: count)
    }
    try transaction.adjustStatistics(.types, id: Statistics.allRows, by: Int64(pending.count))
  }
}

/// A relationship whose adjacency rows are still to be written.
private struct PendingAdjacency {
  let start: Int64
  let end: Int64
  let type: Int64
  let relationship: Int64
  let startBits: Int64
  let endBits: Int64
}
