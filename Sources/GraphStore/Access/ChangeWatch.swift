import Foundation
import SQLiteDB
import Synchronization

/// The store's version: a number that moves whenever a change is committed — by the store's
/// own writer or, for a file, by another process writing it — and only then. What was read
/// under one version holds for as long as the version stays.
final class ChangeWatch: @unchecked Sendable {
  /// Opens the watcher: a read-only connection of its own, whose data version SQLite moves
  /// whenever any other connection commits. Nil in memory, where the store's commits are
  /// counted instead.
  private let openWatcher: (() throws -> Connection)?
  /// Opened when the version is first asked for, so stores whose version nobody asks for (every
  /// command but `kg serve`) open no extra connection. Used under `lock`.
  private var watcher: Connection?
  private let lock = NSLock()
  private let commits = Atomic<Int64>(0)

  init(openingWatcher openWatcher: (() throws -> Connection)?) {
    self.openWatcher = openWatcher
  }

  /// Called after each commit of the store's writer.
  func recordCommit() {
    commits.add(1, ordering: .releasing)
  }

  var version: Int64 {
    get throws {
      guard let openWatcher else { return commits.load(ordering: .acquiring) }
      return try lock.withLock {
        let watcher = try self.watcher ?? openWatcher()
        self.watcher = watcher
        return try watcher.dataVersion()
      }
    }
  }
}
