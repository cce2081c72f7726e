import Foundation
import GraphModel
import GraphStore
import Synchronization
import TestSupport
import Testing

@Suite struct StoreVersionTests {
  struct Abort: Error {}

  @Test func theVersionMovesWithEachCommitOnlyEvenFromAnotherConnection() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.makeStore()
    let initial = try store.version()
    _ = try store.read { try $0.nodeCount() }
    #expect(try store.version() == initial)

    try store.write { _ = try $0.createNode(labels: ["Exercise"]) }
    let afterWrite = try store.version()
    #expect(afterWrite != initial)
    #expect(try store.version() == afterWrite)

    #expect(throws: Abort.self) {
      try store.write { transaction throws in
        _ = try transaction.createNode(labels: ["Exercise"])
        throw Abort()
      }
    }
    #expect(try store.version() == afterWrite)

    // Another store on the same file stands for another process writing it.
    let other = try directory.makeStore()
    try other.write { _ = try $0.createNode(labels: ["Goal"]) }
    #expect(try store.version() != afterWrite)
  }

  @Test func everyCallerAfterACommitSeesANewVersionHoweverManyAskAtOnce() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.makeStore()
    let other = try directory.makeStore()
    for round in 0..<5 {
      let before = try Self.versionsAskedAtOnce(of: store, callers: 2 + round)
      try other.write { _ = try $0.createNode(labels: ["Goal"]) }
      let after = try Self.versionsAskedAtOnce(of: store, callers: 4 + round)
      let latestBefore = try #require(before.max())
      #expect(after.allSatisfy { $0 > latestBefore }, "round \(round)")
    }
  }

  /// The versions `callers` threads see, each asking 50 times, all at once.
  private static func versionsAskedAtOnce(of store: GraphStore, callers: Int) throws -> [Int64] {
    let answers = Mutex<[Result<Int64, any Error>]>([])
    DispatchQueue.concurrentPerform(iterations: callers) { _ in
      for _ in 0..<50 {
        let answer = Result { try store.version() }
        answers.withLock { $0.append(answer) }
      }
    }
    return try answers.withLock { $0 }.map { try $0.get() }
  }

  @Test func anInMemoryStoreCountsItsCommits() throws {
    let store = try GraphStore(path: ":memory:")
    let initial = try store.version()
    try store.write { _ = try $0.createNode(labels: ["Exercise"]) }
    #expect(try store.version() != initial)
  }
}
