import Foundation
import Testing

@testable import SQLiteDB

@Suite final class DatabaseFileHeaderTests {
  let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
    "kg-header-\(UUID().uuidString)")

  init() throws {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: directory) }

  private func databaseFile(rows: Int) throws -> String {
    let path = directory.appendingPathComponent("db.sqlite").path
    let connection = try Connection(path: path)
    try connection.execute("PRAGMA application_id = 42; CREATE TABLE t(v)")
    for index in 0..<rows {
      try connection.run(
        "INSERT INTO t VALUES (?)", [.text(String(repeating: "x", count: 100 + index))])
    }
    return path
  }

  @Test func aMissingOrEmptyFileIsEmpty() throws {
    let path = directory.appendingPathComponent("none").path
    #expect(try DatabaseFileHeader.inspect(path: path) == .empty)
    try Data().write(to: URL(fileURLWithPath: path))
    #expect(try DatabaseFileHeader.inspect(path: path) == .empty)
  }

  @Test func aWholeDatabaseIsADatabase() throws {
    let path = try databaseFile(rows: 100)
    guard case .database(let header) = try DatabaseFileHeader.inspect(path: path) else {
      Issue.record("not judged a database")
      return
    }
    let size = try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int64)
    #expect(header.pageCount.map { $0 * header.pageSize } == size)
    #expect(header.pageSize == 4096)
  }

  @Test func aTextFileIsNotADatabase() throws {
    let path = directory.appendingPathComponent("notes.txt").path
    try "squats, lunges, deadlifts\n".write(toFile: path, atomically: true, encoding: .utf8)
    #expect(try DatabaseFileHeader.inspect(path: path) == .notADatabase)
  }

  @Test func aShortenedDatabaseIsTruncated() throws {
    let path = try databaseFile(rows: 200)
    let size = try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int64)
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.truncate(atOffset: UInt64(size / 2 / 4096 * 4096))
    try handle.close()
    #expect(
      try DatabaseFileHeader.inspect(path: path)
        == .truncated(expectedBytes: size, actualBytes: size / 2 / 4096 * 4096))
  }

  /// As a process killed during a checkpoint leaves it: page 1 says the new size, the pages
  /// that make it are only in the write-ahead log.
  @Test func aShortDatabaseWhoseLogCompletesItIsNotTruncated() throws {
    let path = try databaseFile(rows: 200)
    let size = try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int64)
    let connection = try Connection(path: path)
    try connection.execute(
      "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; INSERT INTO t VALUES ('x')")
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.truncate(atOffset: UInt64(size / 2 / 4096 * 4096))
    try handle.close()
    guard case .database = try DatabaseFileHeader.inspect(path: path) else {
      Issue.record("judged truncated despite its log")
      return
    }
    try FileManager.default.removeItem(atPath: path + "-wal")
    #expect(
      try DatabaseFileHeader.inspect(path: path)
        == .truncated(expectedBytes: size, actualBytes: size / 2 / 4096 * 4096))
    _ = connection
  }
}
