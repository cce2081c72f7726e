import CSQLite

/// A prepared SQL statement: bind parameters, step through rows, read columns.
///
/// Parameter and column indexes follow SQLite: parameters count from 1, columns from 0.
/// A statement belongs to one connection and is used by one thread at a time; it is finalized
/// when released. Column accessors read the current row only, and a blob's bytes are valid until
/// the next `step()` or `reset()`.
package final class Statement {
  let handle: OpaquePointer
  /// The SQL text the statement was prepared from.
  package let sql: String

  init(connection: OpaquePointer, sql: String, persistent: Bool) throws(SQLiteError) {
    var statement: OpaquePointer?
    let flags = persistent ? UInt32(SQLITE_PREPARE_PERSISTENT) : 0
    let code = sqlite3_prepare_v3(connection, sql, -1, flags, &statement, nil)
    guard code == SQLITE_OK, let statement else {
      throw SQLiteError(
        connection: connection, code: code == SQLITE_OK ? SQLITE_MISUSE : code, sql: sql)
    }
    self.handle = statement
    self.sql = sql
  }

  deinit { sqlite3_finalize(handle) }

  // MARK: Binding

  /// Binds an integer to the 1-based parameter `index`.
  package func bind(_ value: Int64, at index: Int32) throws(SQLiteError) {
    try checkBind(sqlite3_bind_int64(handle, index, value))
  }

  /// Binds a double to the 1-based parameter `index`.
  package func bind(_ value: Double, at index: Int32) throws(SQLiteError) {
    try checkBind(sqlite3_bind_double(handle, index, value))
  }

  /// Binds UTF-8 text to the 1-based parameter `index` (SQLite copies it).
  package func bind(_ value: String, at index: Int32) throws(SQLiteError) {
    var text = value
    let code = text.withUTF8 { bytes in
      sqlite3_bind_text(handle, index, bytes.baseAddress, Int32(bytes.count), kg_sqlite_transient())
    }
    try checkBind(code)
  }

  /// Binds a blob to the 1-based parameter `index` (SQLite copies it).
  package func bind(blob bytes: [UInt8], at index: Int32) throws(SQLiteError) {
    try checkBind(bytes.withUnsafeBytes { bindBlob($0, at: index) })
  }

  /// Binds the bytes of a buffer as a blob to the 1-based parameter `index` (SQLite copies them).
  package func bind(blob buffer: UnsafeRawBufferPointer, at index: Int32) throws(SQLiteError) {
    try checkBind(bindBlob(buffer, at: index))
  }

  /// Binds UTF-8 bytes as text to the 1-based parameter `index` (SQLite copies them).
  package func bind(text buffer: UnsafeRawBufferPointer, at index: Int32) throws(SQLiteError) {
    // Empty text must still be text, not NULL, so pass a non-nil pointer.
    let start = (buffer.baseAddress ?? UnsafeRawPointer(bitPattern: 1))?
      .assumingMemoryBound(to: CChar.self)
    try checkBind(
      sqlite3_bind_text(handle, index, start, Int32(buffer.count), kg_sqlite_transient()))
  }

  private func bindBlob(_ buffer: UnsafeRawBufferPointer, at index: Int32) -> Int32 {
    // A zero-length blob must still be a blob, not NULL, so pass a non-nil pointer.
    sqlite3_bind_blob(
      handle, index, buffer.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(buffer.count),
      kg_sqlite_transient())
  }

  /// Binds SQL NULL to the 1-based parameter `index`.
  package func bindNull(at index: Int32) throws(SQLiteError) {
    try checkBind(sqlite3_bind_null(handle, index))
  }

  /// Binds any `SQLiteValue` to the 1-based parameter `index`.
  package func bind(_ value: SQLiteValue, at index: Int32) throws(SQLiteError) {
    switch value {
    case .null: try bindNull(at: index)
    case .integer(let v): try bind(v, at: index)
    case .real(let v): try bind(v, at: index)
    case .text(let v): try bind(v, at: index)
    case .blob(let v): try bind(blob: v, at: index)
    }
  }

  /// Binds `values` to parameters 1, 2, 3, … in order.
  package func bind(_ values: [SQLiteValue]) throws(SQLiteError) {
    for (offset, value) in values.enumerated() {
      try bind(value, at: Int32(offset + 1))
    }
  }

  private func checkBind(_ code: Int32) throws(SQLiteError) {
    try check(code, sqlite3_db_handle(handle), sql: sql)
  }

  // MARK: Stepping

  /// Advances to the next row.
  ///
  /// - Returns: `true` when a row is available, `false` when the statement is done.
  /// - Throws: `SQLiteError` when SQLite reports a failure (the statement must then be reset).
  @discardableResult
  package func step() throws(SQLiteError) -> Bool {
    let code = sqlite3_step(handle)
    switch code {
    case SQLITE_ROW: return true
    case SQLITE_DONE: return false
    default: throw SQLiteError(connection: sqlite3_db_handle(handle), code: code, sql: sql)
    }
  }

  /// Steps once and rewinds: the first column of the first row as an integer, or `nil` when
  /// there is no row or it is NULL. For a held statement whose parameters are bound each time.
  package func firstInteger() throws(SQLiteError) -> Int64? {
    defer { rewind() }
    guard try step(), !isNull(at: 0) else { return nil }
    return int64(at: 0)
  }

  /// Rewinds the statement and clears its bindings, ready for the next use.
  package func reset() {
    sqlite3_reset(handle)
    sqlite3_clear_bindings(handle)
  }

  /// Rewinds the statement but keeps its bindings: for a statement whose every parameter is
  /// bound again before each step, where clearing them first would be wasted work.
  package func rewind() {
    sqlite3_reset(handle)
  }

  // MARK: Columns

  /// The number of columns in a result row.
  package var columnCount: Int32 { sqlite3_column_count(handle) }

  /// Whether the 0-based column holds SQL NULL.
  package func isNull(at column: Int32) -> Bool {
    sqlite3_column_type(handle, column) == SQLITE_NULL
  }

  /// The 0-based column as an integer (SQLite converts other types).
  package func int64(at column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

  /// The 0-based column as a double (SQLite converts other types).
  package func double(at column: Int32) -> Double { sqlite3_column_double(handle, column) }

  /// The 0-based column as text; NULL reads as the empty string.
  package func string(at column: Int32) -> String {
    guard let text = sqlite3_column_text(handle, column) else { return "" }
    let count = Int(sqlite3_column_bytes(handle, column))
    return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
  }

  /// Calls `body` with the 0-based column's bytes, valid only during the call.
  package func withBlob<T>(at column: Int32, _ body: (UnsafeRawBufferPointer) throws -> T) rethrows
    -> T
  {
    let pointer = sqlite3_column_blob(handle, column)
    let count = Int(sqlite3_column_bytes(handle, column))
    return try body(UnsafeRawBufferPointer(start: pointer, count: count))
  }

  /// The 0-based column as a `SQLiteValue` of its stored type.
  package func value(at column: Int32) -> SQLiteValue {
    switch sqlite3_column_type(handle, column) {
    case SQLITE_INTEGER: return .integer(int64(at: column))
    case SQLITE_FLOAT: return .real(double(at: column))
    case SQLITE_TEXT: return .text(string(at: column))
    case SQLITE_BLOB: return .blob(withBlob(at: column) { Array($0) })
    default: return .null
    }
  }
}
