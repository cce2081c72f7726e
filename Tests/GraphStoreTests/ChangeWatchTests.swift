import SQLiteDB
import TestSupport
import Testing

@testable import GraphStore

/// The watcher behind `GraphStore.version()`, through the WAL index and, where there is none,
/// through the data version.
@Suite struct ChangeWatchTests {
  struct Abort: Error {}

  @Test(arguments: [true, false])
  func aWatcherSeesEachCommitOfAnotherConnectionOnce(usingIndex: Bool) throws {
    let directory = try TemporaryDirectory()
    let store = try directory.makeStore()
    let watcher = try ChangeWatch.Watcher(
      connection: StoreFile.openReader(path: store.path, configuration: StoreConfiguration()),
      usingIndex: usingIndex)
    #expect(watcher.readsIndex == usingIndex)
    #expect(try watcher.sawCommit(), "nothing is known before the first look")
    #expect(try !watcher.sawCommit())

    try store.write { _ = try $0.createNode(labels: ["Goal"]) }
    #expect(try watcher.sawCommit())
    #expect(try !watcher.sawCommit())

    _ = try store.read { try $0.nodeCount() }
    #expect(throws: Abort.self) {
      try store.write { transaction throws in
        _ = try transaction.createNode(labels: ["Goal"])
        throw Abort()
      }
    }
    #expect(try !watcher.sawCommit(), "reads and rolled-back writes are not commits")
  }
}
