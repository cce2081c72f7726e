import Foundation
import GraphModel
import GraphStore
import SQLiteDB
import TestSupport
import Testing

@Suite struct OpenErrorTests {
  let directory: TemporaryDirectory

  init() throws { directory = try TemporaryDirectory() }

  private func bytes(_ path: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: path))
  }

  @Test func aSQLiteFileOfAnotherApplicationIsRefusedUnchanged() throws {
    let path = directory.path("other.sqlite")
    try Connection(path: path).execute("CREATE TABLE workouts(id INTEGER PRIMARY KEY, name TEXT)")
    let before = try bytes(path)
    #expect(throws: StoreError.notAKnowledgeGraph(path: path)) { try GraphStore(path: path) }
    #expect(try bytes(path) == before)
    #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
  }

  @Test func aTextFileIsRefusedUnchanged() throws {
    let path = directory.path("notes.sqlite")
    try "3x5 squats\n".write(toFile: path, atomically: true, encoding: .utf8)
    #expect(throws: StoreError.notADatabase(path: path)) { try GraphStore(path: path) }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "3x5 squats\n")
  }

  @Test func aTruncatedStoreIsRefusedUnchanged() throws {
    let path = directory.path("kg.sqlite")
    try GraphStore(path: path).write { tx throws in
      for index in 0..<500 {
        try tx.createNode(labels: ["Exercise"], properties: ["name": .string("exercise \(index)")])
      }
    }
    let size = try bytes(path).count
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.truncate(atOffset: UInt64(size / 2))
    try handle.close()
    let before = try bytes(path)
    #expect(
      throws: StoreError.truncated(
        path: path, expectedBytes: Int64(size), actualBytes: Int64(size / 2))
    ) {
      try GraphStore(path: path)
    }
    #expect(try bytes(path) == before)
  }

  @Test func aStoreFromANewerKgIsRefusedUnchanged() throws {
    let path = directory.path("kg.sqlite")
    _ = try GraphStore(path: path)
    try Connection(path: path).execute(
      "UPDATE kg_schema_version SET version = 99; PRAGMA wal_checkpoint(TRUNCATE)")
    let before = try bytes(path)
    #expect(throws: StoreError.newerSchema(path: path, found: 99, supported: 4)) {
      try GraphStore(path: path)
    }
    #expect(try bytes(path) == before)
  }

  @Test func aStoreCannotBeCreatedInAReadOnlyDirectory() throws {
    let readOnly = directory.path("read-only")
    try FileManager.default.createDirectory(atPath: readOnly, withIntermediateDirectories: false)
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: readOnly)
    // Permissions do not stop root; the immutable attribute does.
    let isRoot = geteuid() == 0
    if isRoot { try chattr("+i", readOnly) }
    defer { if isRoot { try? chattr("-i", readOnly) } }
    let path = readOnly + "/kg.sqlite"
    #expect(throws: StoreError.cannotOpen(path: path, reason: "unable to open database file")) {
      try GraphStore(path: path)
    }
    #expect(!FileManager.default.fileExists(atPath: path))
  }

  @Test func anUnknownValueTagIsACorruptValueError() throws {
    let path = directory.path("kg.sqlite")
    let store = try GraphStore(path: path)
    let id = try store.write { try $0.createNode(properties: ["name": "Squat"]) }
    // One property, key 1, tag 99: a tag no kg writes.
    try Connection(path: path).run(
      "UPDATE node SET properties = ? WHERE id = ?", [.blob([1, 1, 99]), .integer(id.rawValue)])
    #expect(throws: StoreError.corruptValue("unknown value type tag 99 at byte 2")) {
      try store.read { try $0.node(id) }
    }
    let problems = try store.checkIntegrity().problems
    #expect(
      problems == ["node \(id.rawValue): corrupt stored value: unknown value type tag 99 at byte 2"]
    )
  }

  @Test func errorsDescribeThemselvesInOneLine() {
    #expect(
      StoreError.truncated(path: "a.sqlite", expectedBytes: 8192, actualBytes: 4000).description
        == "a.sqlite is truncated: 4000 bytes where its header promises 8192")
    #expect(
      StoreError.nodeHasRelationships(NodeID(7), count: 2).description
        == "cannot delete node 7: it still has 2 relationships; delete it detached")
  }

  private func chattr(_ flag: String, _ path: String) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
    process.arguments = [flag, path]
    try process.run()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "chattr \(flag) failed")
  }
}
