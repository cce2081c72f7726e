/// How a store opens its file.
public struct StoreConfiguration: Sendable {
  /// How hard a commit works to survive a power cut (SQLite's `synchronous` pragma in WAL mode).
  public enum Durability: String, Sendable {
    /// Each commit is synced to disk: committed data survives a crash of the process and of
    /// the machine.
    case full = "FULL"
    /// Commits survive a crash of the process; the last ones may be lost if the machine loses
    /// power, but the store stays consistent.
    case normal = "NORMAL"
  }

  /// The most read-only connections open at once (readers beyond this wait their turn).
  public var maximumReaders: Int
  /// Bytes of the file each read-only connection may memory-map (0 turns memory-mapping off).
  /// The connection that writes maps none.
  public var memoryMapBytes: Int64
  /// Page cache per connection, in KiB.
  public var pageCacheKiB: Int
  /// How long a connection waits for another process's lock before failing, in milliseconds.
  public var busyTimeoutMilliseconds: Int32
  /// See `Durability`.
  public var durability: Durability
  /// Decoded rows (nodes, relationships, adjacency entries and labels' node IDs) each
  /// connection keeps between its read transactions while the database is unchanged; 0 keeps
  /// none.
  public var snapshotCacheRows: Int

  public init(
    maximumReaders: Int = 4, memoryMapBytes: Int64 = 1 << 30, pageCacheKiB: Int = 16_384,
    busyTimeoutMilliseconds: Int32 = 5_000, durability: Durability = .full,
    snapshotCacheRows: Int = 250_000
  ) {
    self.maximumReaders = maximumReaders
    self.memoryMapBytes = memoryMapBytes
    self.pageCacheKiB = pageCacheKiB
    self.busyTimeoutMilliseconds = busyTimeoutMilliseconds
    self.durability = durability
    self.snapshotCacheRows = snapshotCacheRows
  }
}
