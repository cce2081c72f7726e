import SQLiteDB

/// Opening a store's file: judge it before touching it, create or migrate it, configure the
/// connections.
///
/// Nothing is written to a file until it has been judged to be either new (absent, empty, or a
/// SQLite database with nothing in it) or a kg store of this or an older schema; every refusal
/// leaves the file byte-for-byte unchanged.
enum StoreFile {
  static let inMemoryPath = ":memory:"

  struct Opened {
    let writer: Connection
    let isInMemory: Bool
  }

  static func open(path: String, configuration: StoreConfiguration) throws -> Opened {
    let isInMemory = path == inMemoryPath
    if !isInMemory { try judgeFile(path: path) }
    let writer: Connection
    do {
      writer = try Connection(path: path, mode: .readWriteCreate)
    } catch {
      throw StoreError.cannotOpen(path: path, reason: error.message)
    }
    writer.setBusyTimeout(milliseconds: configuration.busyTimeoutMilliseconds)
    let installed = try installedVersion(of: writer, path: path)
    if !isInMemory {
      try writer.execute("PRAGMA journal_mode = WAL")
      try writer.execute("PRAGMA synchronous = \(configuration.durability.rawValue)")
    }
    try configure(writer, configuration, memoryMapBytes: 0)
    do {
      if installed < Schema.version { try Schema.migrate(writer, from: installed) }
    } catch let error as SQLiteError
      where error.code == SQLiteError.readOnly || error.code == SQLiteError.cannotOpen
    {
      throw StoreError.cannotOpen(path: path, reason: error.message)
    }
    return Opened(writer: writer, isInMemory: isInMemory)
  }

  /// The schema version of the database behind `connection`, 0 for a database with nothing in
  /// it yet, asked through SQLite so that changes still in the write-ahead log count.
  /// - Throws: `StoreError` when it is another application's database or a newer kg's.
  private static func installedVersion(of connection: Connection, path: String) throws -> Int64 {
    let applicationID: SQLiteValue?
    let tableCount: SQLiteValue?
    do {
      applicationID = try connection.scalar("PRAGMA application_id")
      tableCount = try connection.scalar("SELECT count(*) FROM sqlite_schema")
    } catch let error as SQLiteError where error.code == SQLiteError.notADatabase {
      throw StoreError.notADatabase(path: path)
    }
    if applicationID == .integer(0) && tableCount == .integer(0) { return 0 }
    guard applicationID == .integer(Int64(Schema.applicationID)),
      let installed = try Schema.installedVersion(on: connection)
    else {
      throw StoreError.notAKnowledgeGraph(path: path)
    }
    guard installed <= Schema.version else {
      throw StoreError.newerSchema(path: path, found: installed, supported: Schema.version)
    }
    return installed
  }

  static func openReader(path: String, configuration: StoreConfiguration) throws -> Connection {
    let reader = try Connection(path: path, mode: .readOnly)
    reader.setBusyTimeout(milliseconds: configuration.busyTimeoutMilliseconds)
    try configure(reader, configuration, memoryMapBytes: configuration.memoryMapBytes)
    return reader
  }

  /// Refuses, from the file's own bytes and before SQLite touches it, a file that is not a
  /// SQLite database or is shorter than its header says.
  private static func judgeFile(path: String) throws {
    let verdict: DatabaseFileHeader.Verdict
    do {
      verdict = try DatabaseFileHeader.inspect(path: path)
    } catch {
      throw StoreError.cannotOpen(path: path, reason: "\(error.localizedDescription)")
    }
    switch verdict {
    case .empty, .database:
      return
    case .notADatabase:
      throw StoreError.notADatabase(path: path)
    case .truncated(let expected, let actual):
      throw StoreError.truncated(path: path, expectedBytes: expected, actualBytes: actual)
    }
  }

  /// Sets a connection's page cache and memory map. The writer maps nothing: it reads inside
  /// write transactions, where SQLite looks each memory-mapped page up in the write-ahead log's
  /// index first, even one it holds in its cache, and that index grows with the transaction
  /// (4% of a large import's writer went into that look-up).
  private static func configure(
    _ connection: Connection, _ configuration: StoreConfiguration, memoryMapBytes: Int64
  ) throws {
    try connection.execute(
      """
      PRAGMA mmap_size = \(memoryMapBytes);
      PRAGMA cache_size = -\(configuration.pageCacheKiB);
      PRAGMA temp_store = MEMORY;
      """)
  }
}
