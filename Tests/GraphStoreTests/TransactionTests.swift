import Dispatch
import GraphModel
import GraphStore
import TestSupport
import Testing

@Suite struct TransactionTests {
  struct Abort: Error {}

  let directory: TemporaryDirectory
  let store: GraphStore

  init() throws {
    directory = try TemporaryDirectory()
    store = try directory.makeStore()
  }

  @Test func aThrowingWriteLeavesNothingBehind() throws {
    let before = try store.write {
      try $0.createNode(labels: ["Exercise"], properties: ["name": "Squat"])
    }
    #expect(throws: Abort.self) {
      try store.write { tx throws in
        let node = try tx.createNode(labels: ["Temporary"], properties: ["fresh": 1])
        try tx.createRelationship(from: before, to: node, type: "NEW_TYPE")
        try tx.setProperty("name", to: "Changed", onNode: before)
        try tx.createPropertyIndex(label: "Exercise", key: "name")
        throw Abort()
      }
    }
    try store.read { tx throws in
      #expect(try tx.nodeCount() == 1)
      #expect(try tx.property("name", ofNode: before) == "Squat")
      #expect(try tx.labelNames() == ["Exercise"])
      #expect(try tx.relationshipTypeNames() == [])
      #expect(try tx.propertyKeyNames() == ["name"])
      #expect(try tx.propertyIndexes() == [])
    }
    // Names interned by the rolled-back write are interned afresh, not taken from a stale cache.
    let node = try store.write { try $0.createNode(labels: ["Temporary"]) }
    #expect(try store.read { try $0.labels(of: node) } == ["Temporary"])
    let problems = try store.checkIntegrity().problems
    #expect(problems == [], "\(problems)")
  }

  @Test func aReaderDuringAWriteIsNotBlockedAndSeesOnlyCommittedData() throws {
    try store.write { try $0.createNode(labels: ["Exercise"]) }
    let writing = DispatchSemaphore(value: 0)
    let readDone = DispatchSemaphore(value: 0)
    let store = self.store
    let seen = Counter()
    DispatchQueue.global().async {
      writing.wait()
      seen.value = (try? store.read { try $0.nodeCount(withLabel: "Exercise") }) ?? -1
      readDone.signal()
    }
    try store.write { tx throws in
      try tx.createNode(labels: ["Exercise"])
      writing.signal()
      // The reader finishes while this write is still open: it never waits for the writer.
      #expect(readDone.wait(timeout: .now() + 10) == .success)
    }
    #expect(seen.value == 1)
    #expect(try store.read { try $0.nodeCount(withLabel: "Exercise") } == 2)
  }

  @Test func aReadSeesOneSnapshotWhileWritesCommit() throws {
    try store.write { tx throws in for _ in 0..<10 { try tx.createNode(labels: ["Exercise"]) } }
    let store = self.store
    let firstRead = DispatchSemaphore(value: 0)
    let committed = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      firstRead.wait()
      try? store.write { tx throws in for _ in 0..<5 { try tx.createNode(labels: ["Exercise"]) } }
      committed.signal()
    }
    let (before, after) = try store.read { tx throws in
      let before = try tx.nodeIDs(withLabel: "Exercise").count
      firstRead.signal()
      committed.wait()
      return (before, try tx.nodeIDs(withLabel: "Exercise").count)
    }
    #expect((before, after) == (10, 10))
    #expect(try store.read { try $0.nodeIDs(withLabel: "Exercise").count } == 15)
  }

  @Test func manyConcurrentReadersAndOneWriterAgree() async throws {
    let store = self.store
    try await withThrowingTaskGroup(of: Void.self) { group in
      group.addTask {
        for batch in 0..<20 {
          try store.write { tx throws in
            let a = try tx.createNode(
              labels: ["Exercise"], properties: ["batch": .integer(Int64(batch))])
            let b = try tx.createNode(
              labels: ["MuscleGroup"], properties: ["batch": .integer(Int64(batch))])
            try tx.createRelationship(from: a, to: b, type: "TARGETS")
          }
        }
      }
      for _ in 0..<4 {
        group.addTask {
          for _ in 0..<50 {
            try store.read { tx throws in
              let exercises = try tx.nodeCount(withLabel: "Exercise")
              #expect(try tx.nodeCount(withLabel: "MuscleGroup") == exercises)
              #expect(try tx.relationshipCount(ofType: "TARGETS") == exercises)
            }
          }
        }
      }
      try await group.waitForAll()
    }
  }
}

/// A value one thread writes before signalling and another reads after waiting.
private final class Counter: @unchecked Sendable {
  var value = 0
}
