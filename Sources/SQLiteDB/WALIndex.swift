import CSQLite

/// The WAL index of a database in write-ahead-log mode: the shared memory (`-shm` file) through
/// which SQLite's connections, in every process, agree on the log. Every commit rewrites its
/// header, so comparing headers tells whether anything was committed since — with no
/// transaction, lock or system call.
///
/// Valid while the connection that mapped it is open. The header's layout is SQLite's
/// (https://sqlite.org/walformat.html); of its fields only `isInit` is read (is there a header
/// yet?); otherwise headers are compared whole.
package struct WALIndex {
  /// The index's first region, as SQLite mapped it for the connection.
  private let region: UnsafeRawPointer

  /// The header as it stands, or nil while a writer is rewriting it.
  package func header() -> Header? {
    var bytes = SIMD8<UInt64>()
    let settled = withUnsafeMutableBytes(of: &bytes) {
      kg_read_wal_index_header(region, $0.baseAddress) != 0
    }
    return settled ? Header(bytes: bytes) : nil
  }

  /// A copy of the index's header: equal copies, no commit between them.
  package struct Header: Equatable, Sendable {
    /// The header's 48 bytes, then zeros.
    let bytes: SIMD8<UInt64>
  }

  fileprivate init(region: UnsafeRawPointer) {
    self.region = region
  }
}

extension Connection {
  /// The WAL index of the main database, mapped for this connection; nil when the database has
  /// none in shared memory (in memory, not in WAL mode, not yet read in WAL mode) or SQLite
  /// cannot map it (a `-shm` file this process may not write, say).
  ///
  /// - Throws: `SQLiteError` when the journal mode cannot be read.
  package func walIndex() throws -> WALIndex? {
    // Mapping creates the shared memory file, which a database in another mode must not get.
    guard try scalar("PRAGMA journal_mode") == .text("wal") else { return nil }
    var file: UnsafeMutablePointer<sqlite3_file>?
    guard sqlite3_file_control(handle, "main", SQLITE_FCNTL_FILE_POINTER, &file) == SQLITE_OK,
      let file, let methods = file.pointee.pMethods, methods.pointee.iVersion >= 2,
      let map = methods.pointee.xShmMap
    else { return nil }
    var region: UnsafeMutableRawPointer?
    // Region 0 of the usual 32 KiB, not extending the file: only a database some connection
    // has read in WAL mode has one.
    guard map(file, 0, 32 * 1024, 0, &region) == SQLITE_OK else { return nil }
    return region.map { WALIndex(region: UnsafeRawPointer($0)) }
  }
}
