import Foundation
import SQLiteDB
import Synchronization

/// The store's version: a number that moves whenever a change is committed — by the store's
/// own writer or, for a file, by another process writing it — and only then. What was read
/// under one version holds for as long as the version stays.
final class ChangeWatch: @unchecked Sendable {
  /// A read-only connection of its own, whose data version SQLite moves whenever any other
  /// connection commits; nil in memory, where the store's commits are counted instead. Used
  /// under `lock`.
  private let watcher: Connection?
  private let lock = NSLock()
  private let commits = Atomic<Int64>(0)

  init(watching watcher: Connection?) {
    self.watcher = watcher
  }

  /// Called after each commit of the store's writer.
  func recordCommit() {
    commits.add(1, ordering: .releasing)
  }

  var version: Int64 {
    get throws {
      guard let watcher else { return commits.load(ordering: .acquiring) }
      return try lock.withLock { try watcher.dataVersion() }
    }
  }
}
