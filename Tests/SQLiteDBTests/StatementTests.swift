import Testing

@testable import SQLiteDB

@Suite struct StatementTests {
  @Test func everyStorageClassRoundTrips() throws {
    let connection = try Connection(path: ":memory:")
    try connection.execute("CREATE TABLE t(v)")
    let values: [SQLiteValue] = [
      .null, .integer(0), .integer(.max), .integer(.min), .real(-0.5), .real(.infinity),
      .text(""), .text("Überkopf-Drücken 💪"), .blob([]), .blob([0, 255, 7]),
    ]
    for value in values { try connection.run("INSERT INTO t VALUES (?)", [value]) }
    var read: [SQLiteValue] = []
    try connection.forEachRow("SELECT v FROM t ORDER BY rowid") { read.append($0.value(at: 0)) }
    #expect(read == values)
  }

  @Test func scalarReturnsNilWithoutRows() throws {
    let connection = try Connection(path: ":memory:")
    try connection.execute("CREATE TABLE t(v)")
    #expect(try connection.scalar("SELECT v FROM t") == nil)
    #expect(try connection.scalar("SELECT count(*) FROM t") == .integer(0))
  }

  @Test func preparedStatementsAreCachedAndReused() throws {
    let connection = try Connection(path: ":memory:")
    for _ in 0..<5 { _ = try connection.scalar("SELECT 1") }
    let counts = connection.statementCacheCounts
    #expect(counts.misses == 1)
    #expect(counts.hits == 4)
    #expect(counts.size == 1)
  }

  @Test func aStatementThatFailsIsEvicted() throws {
    let connection = try Connection(path: ":memory:")
    try connection.execute("CREATE TABLE t(v INTEGER PRIMARY KEY)")
    try connection.run("INSERT INTO t VALUES (?)", [.integer(1)])
    #expect(throws: SQLiteError.self) {
      try connection.run("INSERT INTO t VALUES (?)", [.integer(1)])
    }
    #expect(connection.statementCacheCounts.size == 0)
    try connection.run("INSERT INTO t VALUES (?)", [.integer(2)])
    #expect(try connection.scalar("SELECT count(*) FROM t") == .integer(2))
  }
}
