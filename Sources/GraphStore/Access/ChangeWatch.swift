import Foundation
import SQLiteDB

/// The store's version: a number that grows whenever a change is committed — by the store's
/// own writer or, for a file, by another process writing it — and only then. What was read
/// under one version holds for as long as the version stays.
///
/// For a file, a read-only watcher connection looks for commits. It maps the WAL index, whose
/// header every commit rewrites, and compares the header with the one it saw last: a look
/// costs a few dozen bytes read, where a `PRAGMA data_version` would take a read transaction
/// and its locks. Without a WAL index in shared memory, it asks the data version instead,
/// which SQLite moves whenever another connection commits.
final class ChangeWatch: @unchecked Sendable {
  /// Opens the watcher: a read-only connection of its own. Nil in memory, where the store's
  /// commits are counted instead.
  private let openWatcher: (() throws -> Connection)?
  /// Opened when the version is first asked for, so stores whose version nobody asks for
  /// (every command but `kg serve`) open no extra connection. Used under `lock`, like
  /// `changes`.
  private var watcher: Watcher?
  /// The commits seen (in memory: counted).
  private var changes: Int64 = 0
  private let lock = NSLock()

  init(openingWatcher openWatcher: (() throws -> Connection)?) {
    self.openWatcher = openWatcher
  }

  /// Called after each commit of the store's writer.
  func recordCommit() {
    if openWatcher == nil { lock.withLock { changes += 1 } }
  }

  var version: Int64 {
    get throws {
      try lock.withLock {
        guard let openWatcher else { return changes }
        let watcher = try self.watcher ?? Watcher(connection: openWatcher())
        self.watcher = watcher
        if try watcher.sawCommit() { changes += 1 }
        return changes
      }
    }
  }
}

extension ChangeWatch {
  /// A connection looking for commits, and what it saw last.
  final class Watcher {
    private enum Sighting: Equatable {
      case header(WALIndex.Header)
      case dataVersion(Int64)
      /// A writer was rewriting the header.
      case commitUnderWay
    }

    private let connection: Connection
    private let index: WALIndex?
    private var lastSighting: Sighting?

    /// Watches through `connection`: through its WAL index when it has one (and `usingIndex`,
    /// which tests turn off), else through its data version.
    init(connection: Connection, usingIndex: Bool = true) throws {
      self.connection = connection
      // A first read maps and initialises the WAL index.
      _ = try connection.dataVersion()
      index = usingIndex ? try connection.walIndex() : nil
    }

    /// Whether the watcher reads the WAL index (else the data version).
    var readsIndex: Bool { index != nil }

    /// Whether a commit may have happened since the last look; the first look says yes,
    /// because nothing is known of what came before it.
    func sawCommit() throws -> Bool {
      let sighting: Sighting =
        if let index { index.header().map(Sighting.header) ?? .commitUnderWay } else {
          .dataVersion(try connection.dataVersion())
        }
      // While a commit is under way, every look counts as a change and the last sighting stays,
      // so the header it leaves behind is a change again.
      guard sighting != .commitUnderWay else { return true }
      defer { lastSighting = sighting }
      return sighting != lastSighting
    }
  }
}
