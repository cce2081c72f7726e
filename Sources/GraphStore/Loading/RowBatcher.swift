import SQLiteDB

/// Inserts rows many at a time: one `INSERT … VALUES (…), (…), …` statement per `batchSize`
/// rows, so SQLite's per-statement work (step, reset, halt) is paid once per batch rather than
/// once per row. Each row has integer columns, optionally followed by columns of bytes (blobs
/// or UTF-8 text). The bulk loader uses it for rows whose order it already knows. A row comes as
/// an inline array of integers and a pack of byte fields, so adding one allocates nothing.
///
/// A statement is prepared when first needed: preparing one of `batchSize` rows costs about as
/// much as inserting a few hundred, which a small import would otherwise pay for every table
/// before it reads anything.
struct RowBatcher {
  static let batchSize = 256
  /// The statement sizes `flush()` writes the rows short of a batch with, largest first.
  private static let remainderSizes = [16, 1]

  /// How a column after the integer ones is bound.
  enum ByteColumn {
    case blob
    case text
  }

  private let integerColumns: Int
  private let byteColumns: [ByteColumn]
  private let connection: Connection
  /// `INSERT INTO table(columns) VALUES`, the placeholders of one row, and the upsert clause.
  private let insert: String
  private let rowPlaceholders: String
  private let onConflict: String
  /// The statements prepared so far, by the number of rows they insert.
  private var statements: [Int: Statement] = [:]
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
  ) {
    self.integerColumns = integerColumns
    self.byteColumns = byteColumns
    self.connection = connection
    insert = "INSERT INTO \(table) VALUES "
    let placeholders = integerColumns + byteColumns.count
    rowPlaceholders = "(" + Array(repeating: "?", count: placeholders).joined(separator: ", ") + ")"
    self.onConflict = onConflict
    integers.reserveCapacity(integerColumns * Self.batchSize)
  }

  /// Adds a row of integers, writing a full batch when there is one.
  mutating func append<let columns: Int>(_ row: InlineArray<columns, Int64>) throws {
    appendIntegers(row)
    try endRow()
  }

  /// Adds a row of integers and its byte fields, writing a full batch when there is one.
  mutating func append<let columns: Int, each Field: RowBytes>(
    _ row: InlineArray<columns, Int64>, bytes fields: repeat each Field
  ) throws {
    appendIntegers(row)
    var count = 0
    for field in repeat each fields {
      field.append(to: &bytes)
      fieldEnds.append(bytes.count)
      count += 1
    }
    precondition(count == byteColumns.count, "row does not fit the table")
    try endRow()
  }

  private mutating func appendIntegers<let columns: Int>(_ row: InlineArray<columns, Int64>) {
    precondition(columns == integerColumns, "row does not fit the table")
    for index in row.indices { integers.append(row[index]) }
  }

  private mutating func endRow() throws {
    rowCount += 1
    if rowCount == Self.batchSize { try write(rows: 0..<rowCount) }
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
    var written = 0
    for size in Self.remainderSizes {
      while rowCount - written >= size {
        try write(rows: written..<written + size)
        written += size
      }
    }
    clear()
  }

  private mutating func write(rows: Range<Int>) throws {
    let statement = try statement(inserting: rows.count)
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

  /// The statement that inserts `rows` rows, prepared the first time.
  private mutating func statement(inserting rows: Int) throws -> Statement {
    if let prepared = statements[rows] { return prepared }
    let statement = try connection.prepare(
      insert + Array(repeating: rowPlaceholders, count: rows).joined(separator: ", ") + " "
        + onConflict)
    statements[rows] = statement
    return statement
  }

  private mutating func clear() {
    integers.removeAll(keepingCapacity: true)
    bytes.removeAll(keepingCapacity: true)
    fieldEnds.removeAll(keepingCapacity: true)
    rowCount = 0
  }
}

/// The value of a column of bytes: a blob's bytes, or a text's UTF-8.
protocol RowBytes {
  func append(to bytes: inout [UInt8])
}

extension Array: RowBytes where Element == UInt8 {
  func append(to bytes: inout [UInt8]) { bytes.append(contentsOf: self) }
}

extension String.UTF8View: RowBytes {
  func append(to bytes: inout [UInt8]) { bytes.append(contentsOf: self) }
}
