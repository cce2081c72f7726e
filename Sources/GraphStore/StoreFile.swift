import SQLiteDB

/// Opening a store's file: judge it before touching it, create or migrate it, configure the
/// connections.
///
/// Nothing is written to a file until it has been judged to be either new (absent or empty) or
/// a kg store of this or an older schema; every refusal leaves the file byte-for-byte unchanged.
enum StoreFile {
    static let inMemoryPath = ":memory:"

    struct Opened {
        let writer: Connection
        let isInMemory: Bool
    }

    static func open(path: String, configuration: StoreConfiguration) throws -> Opened {
        let isInMemory = path == inMemoryPath
        let isNew = isInMemory ? true : try judge(path: path)
        let writer: Connection
        do {
            writer = try Connection(path: path, mode: .readWriteCreate)
        } catch {
            throw StoreError.cannotOpen(path: path, reason: error.message)
        }
        writer.setBusyTimeout(milliseconds: configuration.busyTimeoutMilliseconds)
        let installed = try Schema.installedVersion(on: writer)
        if !isNew {
            guard let installed else { throw StoreError.notAKnowledgeGraph(path: path) }
            guard installed <= Schema.version else {
                throw StoreError.newerSchema(path: path, found: installed, supported: Schema.version)
            }
        }
        if !isInMemory {
            try writer.execute("PRAGMA journal_mode = WAL")
            try writer.execute("PRAGMA synchronous = \(configuration.durability.rawValue)")
        }
        try configure(writer, configuration)
        do {
            if (installed ?? 0) < Schema.version { try Schema.migrate(writer, from: installed ?? 0) }
        } catch let error as SQLiteError where error.code == 8 /* SQLITE_READONLY */ || error.code == 14 /* SQLITE_CANTOPEN */ {
            throw StoreError.cannotOpen(path: path, reason: error.message)
        }
        return Opened(writer: writer, isInMemory: isInMemory)
    }

    static func openReader(path: String, configuration: StoreConfiguration) throws -> Connection {
        let reader = try Connection(path: path, mode: .readOnly)
        reader.setBusyTimeout(milliseconds: configuration.busyTimeoutMilliseconds)
        try configure(reader, configuration)
        return reader
    }

    /// Decides from the file's own bytes whether it is new (`true`) or an existing database to
    /// be checked further (`false`), and refuses anything else.
    private static func judge(path: String) throws -> Bool {
        let verdict: DatabaseFileHeader.Verdict
        do {
            verdict = try DatabaseFileHeader.inspect(path: path)
        } catch {
            throw StoreError.cannotOpen(path: path, reason: "\(error.localizedDescription)")
        }
        switch verdict {
        case .empty:
            return true
        case .notADatabase:
            throw StoreError.notADatabase(path: path)
        case .truncated(let expected, let actual):
            throw StoreError.truncated(path: path, expectedBytes: expected, actualBytes: actual)
        case .database(let header):
            guard header.applicationID == Schema.applicationID else { throw StoreError.notAKnowledgeGraph(path: path) }
            return false
        }
    }

    private static func configure(_ connection: Connection, _ configuration: StoreConfiguration) throws {
        try connection.execute(
            """
            PRAGMA mmap_size = \(configuration.memoryMapBytes);
            PRAGMA cache_size = -\(configuration.pageCacheKiB);
            PRAGMA temp_store = MEMORY;
            """)
    }
}
