// GraphStore: kg's property graph on SQLite pages.
//
// It owns the schema and its migrations, node and relationship records, the catalog of labels,
// relationship types and property keys, the adjacency tables, property and full-text indexes,
// statistics, the integrity check and backups. It speaks IDs, labels, types, property keys and
// values; it knows nothing of Cypher, and imports only `SQLiteDB` and `GraphModel`.
import GraphModel
import SQLiteDB

/// An embedded property-graph database in one SQLite file (or in memory).
///
/// Access is closure-scoped: `read { tx in … }` runs on one of a pool of read-only connections
/// and sees a consistent snapshot, however long it runs and whatever is written meanwhile;
/// `write { tx in … }` runs on the single writer connection, one at a time, and is committed
/// whole or not at all. A transaction must not escape its closure, and transactions must not be
/// nested on one thread.
///
/// An in-memory store (`:memory:`) has one connection: its readers and its writer take turns.
public final class GraphStore: Sendable {
  /// The file the store lives in, or `:memory:`.
  public let path: String
  /// How lookups found their nodes, since the store opened.
  public let counters = StoreCounters()
  let catalog = CatalogCache()
  private let writer: SerializedConnection
  private let readers: ConnectionPool?
  private let changes: ChangeWatch

  /// Opens the store at `path`, creating it when the file does not exist or is empty.
  ///
  /// - Parameters:
  ///   - path: a file path, or `:memory:` for a private in-memory store.
  ///   - configuration: connection settings; the defaults suit most uses.
  /// - Throws: `StoreError` when the file cannot be opened, is not SQLite, is truncated, is a
  ///   SQLite database of something else, or was written by a newer kg. The file is then
  ///   left exactly as it was.
  public init(path: String, configuration: StoreConfiguration = StoreConfiguration()) throws {
    self.path = path
    let opened = try StoreFile.open(path: path, configuration: configuration)
    let cacheRows = configuration.snapshotCacheRows
    writer = SerializedConnection(
      CachingConnection(connection: opened.writer, cache: SnapshotCache(capacity: cacheRows)))
    readers =
      opened.isInMemory
      ? nil
      : ConnectionPool(capacity: configuration.maximumReaders) {
        CachingConnection(
          connection: try StoreFile.openReader(path: path, configuration: configuration),
          cache: SnapshotCache(capacity: cacheRows))
      }
    changes = ChangeWatch(
      openingWatcher: opened.isInMemory
        ? nil : { try StoreFile.openReader(path: path, configuration: configuration) })
  }

  /// A number that moves whenever a change to the graph is committed — through this store or,
  /// for a file, by another process — and only then: what was read while it had one value
  /// holds for as long as it keeps it. Cheap enough to ask on every request.
  ///
  /// - Throws: `SQLiteError` when the file cannot be read.
  public func version() throws -> Int64 {
    try changes.version
  }

  /// Runs `body` in a read transaction on a consistent snapshot of the graph.
  ///
  /// - Returns: what `body` returns.
  /// - Throws: what `body` throws, or `SQLiteError` when the snapshot cannot be taken.
  public func read<T>(_ body: (ReadTransaction) throws -> T) throws -> T {
    if let readers { return try readers.withConnection { try read(on: $0, body) } }
    return try writer.withConnection { try read(on: $0, body) }
  }

  private func read<T>(on reader: CachingConnection, _ body: (ReadTransaction) throws -> T)
    throws -> T
  {
    try reader.connection.transaction(.deferred) {
      reader.cache.synchronize(dataVersion: try reader.connection.dataVersion())
      let transaction = ReadTransaction(
        connection: reader.connection, store: self, cache: reader.cache)
      defer { transaction.end() }
      return try body(transaction)
    }
  }

  /// Runs `body` in a write transaction: committed when it returns, rolled back when it throws.
  ///
  /// Writers take turns; readers are never blocked and do not see the changes until commit.
  /// - Returns: what `body` returns.
  /// - Throws: what `body` throws (after rolling back), or `SQLiteError` when the commit fails.
  @discardableResult
  public func write<T>(_ body: (WriteTransaction) throws -> T) throws -> T {
    try writer.withConnection { writer in
      let connection = writer.connection
      let transaction = WriteTransaction(connection: connection, store: self, cache: nil)
      defer {
        transaction.end()
        writer.cache.invalidate()
      }
      let result = try connection.transaction(.immediate) { try body(transaction) }
      changes.recordCommit()
      catalog.record(transaction.newCatalogEntries)
      return result
    }
  }
}
