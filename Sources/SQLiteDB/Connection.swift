// SQLiteDB: the Swift face of SQLite's C API.
//
// It owns connections, prepared statements and their per-connection cache, transactions, the
// online backup, and `SQLiteError`. It is the only target that calls `sqlite3_*`;
// it knows nothing of graphs and imports nothing but `CSQLite`.
import CSQLite

/// One connection to a SQLite database.
///
/// A connection is used by one thread at a time (SQLite's multi-thread mode); callers that share
/// one serialise access themselves. It closes when released.
package final class Connection {
  /// How a connection opens its file.
  package enum Mode: Sendable {
    /// Read and write; create the file when it does not exist.
    case readWriteCreate
    /// Read and write an existing file.
    case readWrite
    /// Read only.
    case readOnly
  }

  let handle: OpaquePointer
  /// The path the connection was opened with (`:memory:` for a private in-memory database).
  package let path: String
  private let cache = StatementCache()

  /// Opens a connection.
  ///
  /// - Parameters:
  ///   - path: a file path, `:memory:`, or a `file:` URI.
  ///   - mode: read-write (optionally creating the file) or read-only.
  /// - Throws: `SQLiteError` when SQLite cannot open the file.
  package init(path: String, mode: Mode = .readWriteCreate) throws(SQLiteError) {
    var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI
    switch mode {
    case .readWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
    case .readWrite: flags |= SQLITE_OPEN_READWRITE
    case .readOnly: flags |= SQLITE_OPEN_READONLY
    }
    var handle: OpaquePointer?
    let code = sqlite3_open_v2(path, &handle, flags, nil)
    guard code == SQLITE_OK, let handle else {
      let error = SQLiteError(connection: handle, code: code)
      sqlite3_close_v2(handle)
      throw error
    }
    self.handle = handle
    self.path = path
    sqlite3_extended_result_codes(handle, 1)
  }

  deinit {
    cache.removeAll()
    sqlite3_close_v2(handle)
  }

  // MARK: Running SQL

  /// Runs one or more SQL statements that return no rows of interest.
  package func execute(_ sql: String) throws(SQLiteError) {
    var message: UnsafeMutablePointer<CChar>?
    let code = sqlite3_exec(handle, sql, nil, nil, &message)
    defer { sqlite3_free(message) }
    guard code == SQLITE_OK else {
      throw SQLiteError(
        code: code & 0xFF, extendedCode: sqlite3_extended_errcode(handle),
        message: message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(code)),
        sql: sql)
    }
  }

  /// Prepares a statement that is not cached (for one-off SQL such as DDL with names in it).
  package func prepare(_ sql: String) throws(SQLiteError) -> Statement {
    try Statement(connection: handle, sql: sql, persistent: false)
  }

  /// Runs `body` with the cached prepared statement for `sql`.
  ///
  /// The statement is reset and unbound afterwards; if `body` throws, it is also evicted from
  /// the cache so that a statement left in a failed state is never reused.
  package func withStatement<T>(_ sql: String, _ body: (Statement) throws -> T) throws -> T {
    let statement = try cache.statement(for: sql) { sql throws(SQLiteError) in
      try Statement(connection: handle, sql: sql, persistent: true)
    }
    defer { statement.reset() }
    do {
      return try body(statement)
    } catch {
      cache.evict(sql)
      throw error
    }
  }

  /// Runs `sql` with `arguments` bound in order and calls `row` for each result row.
  package func forEachRow(
    _ sql: String, _ arguments: [SQLiteValue] = [], _ row: (Statement) throws -> Void
  ) throws {
    try withStatement(sql) { statement in
      try statement.bind(arguments)
      while try statement.step() { try row(statement) }
    }
  }

  /// Runs a statement with `arguments` bound in order, ignoring any rows.
  package func run(_ sql: String, _ arguments: [SQLiteValue] = []) throws {
    try withStatement(sql) { statement in
      try statement.bind(arguments)
      while try statement.step() {}
    }
  }

  /// The first column of the first row of `sql`, or `nil` when there is no row.
  package func scalar(_ sql: String, _ arguments: [SQLiteValue] = []) throws -> SQLiteValue? {
    try withStatement(sql) { statement in
      try statement.bind(arguments)
      return try statement.step() ? statement.value(at: 0) : nil
    }
  }

  /// SQLite's data version for this connection: it changes whenever another connection commits.
  /// Inside a transaction, reading it also takes the transaction's snapshot.
  package func dataVersion() throws -> Int64 {
    try withStatement("PRAGMA data_version") { statement in
      try statement.step() ? statement.int64(at: 0) : 0
    }
  }

  /// The rowid of the last row inserted on this connection.
  package var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

  /// The number of rows changed by the last INSERT, UPDATE or DELETE.
  package var changes: Int { Int(sqlite3_changes64(handle)) }

  /// Whether the connection is outside any transaction.
  package var isAutocommit: Bool { sqlite3_get_autocommit(handle) != 0 }

  /// Statement-cache hits and misses since the connection opened.
  package var statementCacheCounts: (hits: Int, misses: Int, size: Int) {
    (cache.hits, cache.misses, cache.count)
  }

  /// Wait up to `milliseconds` for a lock held by another connection before reporting `SQLITE_BUSY`.
  package func setBusyTimeout(milliseconds: Int32) { sqlite3_busy_timeout(handle, milliseconds) }
}
