import Foundation
import SQLiteDB

/// A bounded pool of read-only connections on one database file.
///
/// Connections are opened on demand up to `capacity`; a caller finding none idle waits for one
/// to be returned. Each connection is used by one caller at a time.
final class ConnectionPool: @unchecked Sendable {
  private let condition = NSCondition()
  private var idle: [Connection] = []
  private var opened = 0
  private let capacity: Int
  private let open: () throws -> Connection

  init(capacity: Int, open: @escaping () throws -> Connection) {
    self.capacity = max(1, capacity)
    self.open = open
  }

  func withConnection<T>(_ body: (Connection) throws -> T) throws -> T {
    let connection = try checkOut()
    defer { checkIn(connection) }
    return try body(connection)
  }

  private func checkOut() throws -> Connection {
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

  private func checkIn(_ connection: Connection) {
    condition.withLock { idle.append(connection) }
    condition.signal()
  }
}
