import SQLiteDB

/// Inserts rows many at a time: one `INSERT … VALUES (…), (…), …` statement per `batchSize`
/// rows, so SQLite's per-statement work (step, reset, halt) is paid once per batch rather than
/// once per row. Each row has integer columns, optionally followed by one blob column. The bulk
/// loader uses it for rows whose order it already knows.
struct RowBatcher {
  static let batchSize = 256

  private let integerColumns: Int
  private let hasBlob: Bool
  private let batch: Statement
  private let single: Statement
  private var integers: [Int64] = []
  private var blobBytes: [UInt8] = []
  private var blobEnds: [Int] = []
  private var rowCount = 0

  /// - Parameters:
  ///   - table: the table and its columns, e.g. `t(a, b, payload)`.
  ///   - integerColumns: how many integer columns lead each row.
  ///   - hasBlob: whether a blob column follows them.
  ///   - onConflict: an upsert clause for rows whose key exists (`ON CONFLICT … DO UPDATE …`).
  init(
    into table: String, integerColumns: Int, hasBlob: Bool = false, onConflict: String = "",
    on connection: Connection
  ) throws {
    self.integerColumns = integerColumns
    self.hasBlob = hasBlob
    let placeholders = integerColumns + (hasBlob ? 1 : 0)
    let row = "(" + Array(repeating: "?", count: placeholders).joined(separator: ", ") + ")"
    batch = try connection.prepare(
      "INSERT INTO \(table) VALUES "
        + Array(repeating: row, count: Self.batchSize).joined(separator: ", ") + " \(onConflict)")
    single = try connection.prepare("INSERT INTO \(table) VALUES \(row) \(onConflict)")
    integers.reserveCapacity(integerColumns * Self.batchSize)
  }

  /// Adds a row of integers, writing a full batch when there is one.
  mutating func append(_ row: Int64...) throws {
    try append(row, blob: nil)
  }

  /// Adds a row of integers and its blob, writing a full batch when there is one.
  mutating func append(_ row: [Int64], blob: [UInt8]?) throws {
    precondition(
      row.count == integerColumns && (blob != nil) == hasBlob, "row does not fit the table")
    integers.append(contentsOf: row)
    if let blob {
      blobBytes.append(contentsOf: blob)
      blobEnds.append(blobBytes.count)
    }
    rowCount += 1
    if rowCount == Self.batchSize { try write(rows: 0..<rowCount, with: batch) }
  }

  /// Writes the rows that do not fill a batch.
  mutating func flush() throws {
    for row in 0..<rowCount { try write(rows: row..<row + 1, with: single) }
    clear()
  }

  private mutating func write(rows: Range<Int>, with statement: Statement) throws {
    var parameter: Int32 = 1
    for row in rows {
      for column in 0..<integerColumns {
        try statement.bind(integers[row * integerColumns + column], at: parameter)
        parameter += 1
      }
      if hasBlob {
        let start = row == 0 ? 0 : blobEnds[row - 1]
        try blobBytes.withUnsafeBytes { bytes in
          try statement.bind(
            blob: UnsafeRawBufferPointer(rebasing: bytes[start..<blobEnds[row]]), at: parameter)
        }
        parameter += 1
      }
    }
    defer { statement.rewind() }
    try statement.step()
    if rows.count == Self.batchSize { clear() }
  }

  private mutating func clear() {
    integers.removeAll(keepingCapacity: true)
    blobBytes.removeAll(keepingCapacity: true)
    blobEnds.removeAll(keepingCapacity: true)
    rowCount = 0
  }
}
