import GraphModel
import GraphStore
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

  @Test func anInMemoryStoreCountsItsCommits() throws {
    let store = try GraphStore(path: ":memory:")
    let initial = try store.version()
    try store.write { _ = try $0.createNode(labels: ["Exercise"]) }
    #expect(try store.version() != initial)
  }
}
