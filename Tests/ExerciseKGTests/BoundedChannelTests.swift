import Foundation
import Testing

@testable import ExerciseKG

/// The hand-over between the import's reading thread and its writing thread.
@Suite struct BoundedChannelTests {
  struct Failure: Error, Equatable {}

  @Test func valuesArriveInOrderThenTheProducersError() throws {
    let channel = BoundedChannel<Int>(capacity: 2)
    Thread.detachNewThread {
      for value in 1...100 { _ = channel.send(value) }
      channel.finish(throwing: Failure())
    }
    var received: [Int] = []
    #expect(throws: Failure.self) {
      while let value = try channel.receive() { received.append(value) }
    }
    #expect(received == Array(1...100))
  }

  @Test func aFinishedChannelEndsAfterItsValues() throws {
    let channel = BoundedChannel<String>(capacity: 4)
    #expect(channel.send("a"))
    channel.finish()
    #expect(try channel.receive() == "a")
    #expect(try channel.receive() == nil)
  }

  @Test func closingStopsAProducerWaitingOnAFullChannel() throws {
    let channel = BoundedChannel<Int>(capacity: 1)
    let stopped = DispatchSemaphore(value: 0)
    let sent = Counter()
    Thread.detachNewThread {
      while channel.send(1) { sent.increment() }
      stopped.signal()
    }
    #expect(try channel.receive() == 1)
    channel.close()
    #expect(stopped.wait(timeout: .now() + 10) == .success)
    #expect(sent.value <= 3)
  }
}

/// A count shared with another thread.
private final class Counter: @unchecked Sendable {
  // Unchecked: `count` is only touched under `lock`.
  private let lock = NSLock()
  private var count = 0

  func increment() { lock.withLock { count += 1 } }
  var value: Int { lock.withLock { count } }
}
