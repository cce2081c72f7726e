import CSQLite

/// A failure reported by SQLite, with the statement that caused it.
///
/// The SQL text is kept so a failure can be traced to its statement; bound values are never
/// recorded, so user data does not leak into logs.
public struct SQLiteError: Error, Equatable, CustomStringConvertible {
  /// The primary result code (`SQLITE_BUSY`, `SQLITE_CONSTRAINT`, …).
  public let code: Int32
  /// The extended result code (`SQLITE_CONSTRAINT_PRIMARYKEY`, …).
  public let extendedCode: Int32
  /// SQLite's message for the failure.
  public let message: String
  /// The SQL text being prepared or run, when there was one.
  public let sql: String?

  package init(code: Int32, extendedCode: Int32? = nil, message: String, sql: String? = nil) {
    self.code = code
    self.extendedCode = extendedCode ?? code
    self.message = message
    self.sql = sql
  }

  /// Reads the error state of a connection after a failed call.
  init(connection handle: OpaquePointer?, code: Int32, sql: String? = nil) {
    let message = handle.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
    self.init(
      code: code & 0xFF,
      extendedCode: handle.map { sqlite3_extended_errcode($0) } ?? code,
      message: message ?? String(cString: sqlite3_errstr(code)),
      sql: sql
    )
  }

  /// One line: the code, SQLite's message and, when known, the statement.
  public var description: String {
    let codeName = String(cString: sqlite3_errstr(code))
    var text = "SQLite error \(extendedCode) (\(codeName)): \(message)"
    if let sql { text += " — in: \(sql)" }
    return text
  }
}

extension SQLiteError {
  /// `SQLITE_READONLY`: an attempt to write a database that cannot be written.
  package static let readOnly = SQLITE_READONLY
  /// `SQLITE_CANTOPEN`: the file (or its journal) cannot be opened or created.
  package static let cannotOpen = SQLITE_CANTOPEN
  /// `SQLITE_NOTADB`: the file is not a database.
  package static let notADatabase = SQLITE_NOTADB
}

/// Turns a non-OK result code into a thrown `SQLiteError`.
@inline(__always)
func check(_ code: Int32, _ handle: OpaquePointer?, sql: String? = nil) throws(SQLiteError) {
  guard code == SQLITE_OK else { throw SQLiteError(connection: handle, code: code, sql: sql) }
}
