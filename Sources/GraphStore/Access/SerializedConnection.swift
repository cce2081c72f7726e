import Foundation
import SQLiteDB

/// One connection that callers take turns on, one at a time: the store's single writer (and,
/// for an in-memory store, its reader too, with a snapshot cache for those reads).
final class SerializedConnection: @unchecked Sendable {
  private let lock = NSLock()
  private let connection: CachingConnection

  init(_ connection: CachingConnection) { self.connection = connection }

  func withConnection<T>(_ body: (CachingConnection) throws -> T) rethrows -> T {
    try lock.withLock { try body(connection) }
  }
}
