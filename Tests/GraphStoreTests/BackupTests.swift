import Dispatch
import GraphModel
import GraphStore
import TestSupport
import Testing

@Suite struct BackupTests {
  @Test func aBackupIsAConsistentStoreEvenWhileWritesGoOn() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.makeStore()
    try store.write { tx throws in
      for index in 0..<1_000 {
        let a = try tx.createNode(labels: ["Exercise"], properties: ["n": .integer(Int64(index))])
        try tx.createRelationship(from: a, to: a, type: "SELF")
      }
    }
    let writer = DispatchQueue(label: "writer")
    let done = DispatchSemaphore(value: 0)
    writer.async {
      for _ in 0..<20 { _ = try? store.write { try $0.createNode(labels: ["Exercise"]) } }
      done.signal()
    }
    try store.backup(to: directory.path("backup.sqlite"))
    done.wait()
    let copy = try GraphStore(path: directory.path("backup.sqlite"))
    let problems = try copy.checkIntegrity().problems
    #expect(problems == [], "\(problems)")
    let count = try copy.read { try $0.nodeCount(withLabel: "Exercise") }
    #expect((1_000...1_020).contains(count))
    #expect(try copy.read { try $0.relationshipCount(ofType: "SELF") } == 1_000)
  }

  @Test func anInMemoryStoreCanBeBackedUpToAFile() throws {
    let directory = try TemporaryDirectory()
    let store = try GraphStore(path: ":memory:")
    let id = try store.write {
      try $0.createNode(labels: ["Goal"], properties: ["name": "Strength"])
    }
    try store.backup(to: directory.path("saved.sqlite"))
    #expect(
      try directory.makeStore("saved.sqlite").read { try $0.node(id)?.properties } == [
        "name": "Strength"
      ])
  }
}
