import Foundation
import Testing

@testable import SQLiteDB

@Suite struct WALIndexTests {
  /// A database file in WAL mode with a table, in a directory of its own.
  private static func makeDatabase() throws -> (path: String, writer: Connection) {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("wal-index-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let path = directory.appendingPathComponent("db.sqlite").path
    let writer = try Connection(path: path)
    try writer.execute("PRAGMA journal_mode = WAL; CREATE TABLE t(v)")
    return (path, writer)
  }

  @Test func theHeaderStaysUntilAnyConnectionCommits() throws {
    let (path, writer) = try Self.makeDatabase()
    defer {
      try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
    }
    let reader = try Connection(path: path, mode: .readOnly)
    _ = try reader.scalar("SELECT count(*) FROM t")
    let index = try #require(try reader.walIndex())
    let initial = try #require(index.header())
    _ = try reader.scalar("SELECT count(*) FROM t")
    #expect(index.header() == initial)

    try writer.run("INSERT INTO t VALUES (?)", [.integer(1)])
    let afterInsert = try #require(index.header())
    #expect(afterInsert != initial)

    try writer.execute("BEGIN IMMEDIATE; INSERT INTO t VALUES (2); ROLLBACK")
    #expect(index.header() == afterInsert)
    try writer.execute("BEGIN IMMEDIATE; INSERT INTO t VALUES (3); COMMIT")
    #expect(index.header() != afterInsert)
  }

  @Test func onlyAFileInWALModeHasAnIndex() throws {
    #expect(try Connection(path: ":memory:").walIndex() == nil)

    let (path, writer) = try Self.makeDatabase()
    defer {
      try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
    }
    try writer.execute("PRAGMA journal_mode = DELETE")
    #expect(try writer.walIndex() == nil)
    #expect(!FileManager.default.fileExists(atPath: path + "-shm"))
  }
}
