import CSQLite

extension Connection {
  /// Copies this connection's main database into the file at `path` with SQLite's online
  /// backup API, replacing what the file held.
  ///
  /// The copy is taken in one pass inside a read transaction, so it is a consistent snapshot
  /// even while another connection writes.
  /// - Throws: `SQLiteError` when the destination cannot be opened or written.
  package func backup(toFile path: String) throws {
    let destination = try Connection(path: path, mode: .readWriteCreate)
    guard let backup = sqlite3_backup_init(destination.handle, "main", handle, "main") else {
      throw SQLiteError(connection: destination.handle, code: sqlite3_errcode(destination.handle))
    }
    let stepCode = sqlite3_backup_step(backup, -1)
    let finishCode = sqlite3_backup_finish(backup)
    guard stepCode == SQLITE_DONE else {
      throw SQLiteError(connection: destination.handle, code: stepCode)
    }
    try check(finishCode, destination.handle)
  }
}
