extension GraphStore {
  /// Copies the whole store, as one consistent snapshot, into a new file at `path` while
  /// readers and the writer go on (SQLite's online backup).
  ///
  /// The copy is a complete kg store that `GraphStore(path:)` opens. An existing file at
  /// `path` is replaced.
  /// - Throws: `SQLiteError` when the destination cannot be written.
  public func backup(to path: String) throws {
    try read { transaction in try transaction.connection.backup(toFile: path) }
  }
}
