import Foundation
import SQLiteDB

/// One connection that callers take turns on, one at a time: the store's single writer.
final class SerializedConnection: @unchecked Sendable {
  private let lock = NSLock()
  private let connection: Connection

  init(_ connection: Connection) { self.connection = connection }

  func withConnection<T>(_ body: (Connection) throws -> T) rethrows -> T {
    try lock.withLock { try body(connection) }
  }
}
