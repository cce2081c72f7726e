import SQLiteDB

/// Inserts rows many at a time: one `INSERT … VALUES (…), (…), …` statement per `batchSize`
/// rows, so SQLite's per-statement work (step, reset, halt) is paid once per batch rather than
/// once per row. Each row has integer columns, optionally followed by columns of bytes (blobs
/// or UTF-8 text). The bulk loader uses it for rows whose order it already knows.
struct RowBatcher {
  static let batchSize = 256

  /// How a column after the integer ones is bound.
  enum ByteColumn {
    case blob
    case text
  }

  private let integerColumns: Int
  private let byteColumns: [ByteColumn]
  private let batch: Statement
  private let single: Statement
  private var integers: [Int64] = []
  private var bytes: [UInt8] = []
  /// Where each byte field ends in `bytes`, row by row.
  private var fieldEnds: [Int] = []
  private var rowCount = 0

  /// - Parameters:
  ///   - table: the table and its columns, e.g. `t(a, b, payload)`.
  ///   - integerColumns: how many integer columns lead each row.
  ///   - byteColumns: the columns of bytes that follow them.
  ///   - onConflict: an upsert clause for rows whose key exists (`ON CONFLICT … DO UPDATE …`).
  init(
    into table: String, integerColumns: Int, byteColumns: [ByteColumn] = [],
    onConflict: String = "", on connection: Connection
  ) throws {
    self.integerColumns = integerColumns
    self.byteColumns = byteColumns
    let placeholders = integerColumns + byteColumns.count
    let row = "(" + Array(repeating: "?", count: placeholders).joined(separator: ", ") + ")"
    batch = try connection.prepare(
      "INSERT INTO \(table) VALUES "
        + Array(repeating: row, count: Self.batchSize).joined(separator: ", ") + " \(onConflict)")
    single = try connection.prepare("INSERT INTO \(table) VALUES \(row) \(onConflict)")
    integers.reserveCapacity(integerColumns * Self.batchSize)
  }

  /// Adds a row of integers, writing a full batch when there is one.
  mutating func append(_ row: Int64...) throws {
    try append(row)
  }

  /// Adds a row of integers and its byte fields, writing a full batch when there is one.
  mutating func append(_ row: [Int64], _ fields: [UInt8]...) throws {
    precondition(
      row.count == integerColumns && fields.count == byteColumns.count, "row does not fit the table"
    )
    integers.append(contentsOf: row)
    for field in fields {
      bytes.append(contentsOf: field)
      fieldEnds.append(bytes.count)
    }
    rowCount += 1
    if rowCount == Self.batchSize { try write(rows: 0..<rowCount, with: batch) }
  }

  /// How many rows wait for a full batch or a `flush()`.
  var waitingRows: Int { rowCount }

  /// The first byte field of waiting row `row` (0 is the oldest).
  func withBytes<Result>(
    ofWaitingRow row: Int, _ body: (UnsafeRawBufferPointer) throws -> Result
  ) rethrows -> Result {
    let field = fieldRange(ofWaitingRow: row)
    return try bytes.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[field])) }
  }

  /// Replaces the first byte field of waiting row `row` (0 is the oldest).
  mutating func replaceBytes(ofWaitingRow row: Int, with replacement: [UInt8]) {
    let field = fieldRange(ofWaitingRow: row)
    bytes.replaceSubrange(field, with: replacement)
    let growth = replacement.count - field.count
    for later in (row * byteColumns.count)..<fieldEnds.count { fieldEnds[later] += growth }
  }

  private func fieldRange(ofWaitingRow row: Int) -> Range<Int> {
    precondition(row < rowCount && !byteColumns.isEmpty, "no such waiting row")
    return range(ofField: row * byteColumns.count)
  }

  /// Where byte field `field` (counting row by row) lies in `bytes`.
  private func range(ofField field: Int) -> Range<Int> {
    (field == 0 ? 0 : fieldEnds[field - 1])..<fieldEnds[field]
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
      for (column, kind) in byteColumns.enumerated() {
        let field = range(ofField: row * byteColumns.count + column)
        try bytes.withUnsafeBytes { all in
          let value = UnsafeRawBufferPointer(rebasing: all[field])
          switch kind {
          case .blob: try statement.bind(blob: value, at: parameter)
          case .text: try statement.bind(text: value, at: parameter)
          }
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
    bytes.removeAll(keepingCapacity: true)
    fieldEnds.removeAll(keepingCapacity: true)
    rowCount = 0
  }
}
