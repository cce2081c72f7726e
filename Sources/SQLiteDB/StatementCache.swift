/// Prepared statements of one connection, keyed by SQL text.
///
/// Statements are prepared with SQLite's persistent flag, since they live as long as the
/// connection. A statement whose use failed is evicted so the next use prepares it afresh.
final class StatementCache {
  private var statements: [String: Statement] = [:]
  /// How many lookups found a prepared statement.
  private(set) var hits = 0
  /// How many lookups had to prepare one.
  private(set) var misses = 0

  /// The cached statement for `sql`, preparing it with `prepare` on a miss.
  func statement(for sql: String, prepare: (String) throws(SQLiteError) -> Statement)
    throws(SQLiteError) -> Statement
  {
    if let statement = statements[sql] {
      hits += 1
      return statement
    }
    misses += 1
    let statement = try prepare(sql)
    statements[sql] = statement
    return statement
  }

  /// Forgets the statement for `sql`; it is finalized once no one holds it.
  func evict(_ sql: String) { statements[sql] = nil }

  /// The number of statements held.
  var count: Int { statements.count }

  /// Finalizes every statement (before the connection closes).
  func removeAll() { statements.removeAll() }
}
