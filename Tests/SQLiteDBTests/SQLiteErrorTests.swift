import Testing

@testable import SQLiteDB

@Suite struct SQLiteErrorTests {
  @Test func aSyntaxErrorCarriesCodeMessageAndSQL() throws {
    let connection = try Connection(path: ":memory:")
    let error = try #require(throws: SQLiteError.self) { try connection.run("SELEC 1") }
    #expect(error.code == 1)
    #expect(error.message == #"near "SELEC": syntax error"#)
    #expect(error.sql == "SELEC 1")
    #expect(
      error.description
        == #"SQLite error 1 (SQL logic error): near "SELEC": syntax error — in: SELEC 1"#)
  }

  @Test func aConstraintFailureHasItsExtendedCode() throws {
    let connection = try Connection(path: ":memory:")
    try connection.execute("CREATE TABLE t(v INTEGER PRIMARY KEY)")
    try connection.run("INSERT INTO t VALUES (1)")
    let error = try #require(throws: SQLiteError.self) {
      try connection.run("INSERT INTO t VALUES (1)")
    }
    #expect(error.code == 19)  // SQLITE_CONSTRAINT
    #expect(error.extendedCode == 1555)  // SQLITE_CONSTRAINT_PRIMARYKEY
  }

  @Test func boundValuesNeverAppearInTheError() throws {
    let connection = try Connection(path: ":memory:")
    try connection.execute("CREATE TABLE t(v TEXT PRIMARY KEY)")
    try connection.run("INSERT INTO t VALUES (?)", [.text("secret-token")])
    let error = try #require(throws: SQLiteError.self) {
      try connection.run("INSERT INTO t VALUES (?)", [.text("secret-token")])
    }
    #expect(!error.description.contains("secret-token"))
  }

  @Test func aFailedTransactionRollsBack() throws {
    let connection = try Connection(path: ":memory:")
    try connection.execute("CREATE TABLE t(v)")
    struct Abort: Error {}
    #expect(throws: Abort.self) {
      try connection.transaction(.immediate) {
        try connection.run("INSERT INTO t VALUES (1)")
        throw Abort()
      }
    }
    #expect(connection.isAutocommit)
    #expect(try connection.scalar("SELECT count(*) FROM t") == .integer(0))
  }
}
