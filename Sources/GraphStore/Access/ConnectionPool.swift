import Foundation
import SQLiteDB

/// A bounded pool of read-only connections on one database file, each with its snapshot cache.
///
/// Connections are opened on demand up to `capacity`; a caller finding none idle waits for one
/// to be returned. Each connection is used by one caller at a time.
final class ConnectionPool: @unchecked Sendable {
  private let condition = NSCondition()
  private var idle: [CachingConnection] = []
  private var opened = 0
  private let capacity: Int
  private let open: () throws -> CachingConnection

  init(capacity: Int, open: @escaping () throws -> CachingConnection) {
    self.capacity = max(1, capacity)
    self.open = open
  }

  func withConnection<T>(_ body: (CachingConnection) throws -> T) throws -> T {
    let connection = try checkOut()
    defer { checkIn(connection) }
    return try body(connection)
  }

  private func checkOut() throws -> CachingConnection {
    condition.lock()
    while idle.isEmpty && opened >= capacity { condition.wait() }
    if let connection = idle.popLast() {
      condition.unlock()
      return connection
    }
    opened += 1
    condition.unlock()
    do {
      return try open()
    } catch {
      condition.withLock { opened -= 1 }
      condition.signal()
      throw error
    }
  }

  private func checkIn(_ connection: CachingConnection) {
    condition.withLock { idle.append(connection) }
    condition.signal()
  }
}

/// A connection and the rows it has decoded.
struct CachingConnection {
  let connection: Connection
  let cache: SnapshotCache
}
