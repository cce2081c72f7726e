import Foundation

/// Hands values over from one producing thread to one consuming thread, in order, holding at
/// most `capacity` of them: a producer that gets ahead waits, so memory stays bounded.
///
/// The producer ends the stream with `finish(throwing:)`; the consumer can stop it early with
/// `close()`, after which `send(_:)` refuses.
final class BoundedChannel<Element: Sendable>: @unchecked Sendable {
  // Unchecked: every stored variable is read and written only while `condition` is locked.
  private let condition = NSCondition()
  private let capacity: Int
  private var buffer: [Element] = []
  private var finished = false
  private var failure: (any Error)?
  private var closed = false

  init(capacity: Int) {
    self.capacity = max(capacity, 1)
  }

  /// Adds `value`, waiting while the channel is full.
  /// - Returns: `false` when the consumer has closed the channel: the producer should stop.
  func send(_ value: Element) -> Bool {
    condition.lock()
    defer { condition.unlock() }
    while buffer.count >= capacity && !closed { condition.wait() }
    guard !closed else { return false }
    buffer.append(value)
    condition.broadcast()
    return true
  }

  /// Ends the stream after the values sent so far, or with `error` once they are received.
  func finish(throwing error: (any Error)? = nil) {
    condition.lock()
    defer { condition.unlock() }
    finished = true
    failure = error
    condition.broadcast()
  }

  /// Whether `receive()` would return without waiting.
  var isReady: Bool {
    condition.lock()
    defer { condition.unlock() }
    return !buffer.isEmpty || finished
  }

  /// The next value, waiting for one; `nil` once the stream has ended.
  /// - Throws: the error the producer finished with, after the values sent before it.
  func receive() throws -> Element? {
    condition.lock()
    defer { condition.unlock() }
    while buffer.isEmpty && !finished { condition.wait() }
    guard buffer.isEmpty else {
      condition.broadcast()
      return buffer.removeFirst()
    }
    if let failure { throw failure }
    return nil
  }

  /// Stops the stream from the consumer's side: values not yet received are dropped and the
  /// producer's next `send(_:)` returns `false`.
  func close() {
    condition.lock()
    defer { condition.unlock() }
    closed = true
    buffer.removeAll()
    condition.broadcast()
  }
}
