/// How a transaction takes its locks.
package enum TransactionKind: String, Sendable {
  /// Takes a read lock at the first read, a write lock at the first write.
  case deferred = "DEFERRED"
  /// Takes the write lock at once, so the transaction never fails later for want of it.
  case immediate = "IMMEDIATE"
}

extension Connection {
  /// Runs `body` inside a transaction: committed if it returns, rolled back if it throws.
  ///
  /// `BEGIN`, `COMMIT` and `ROLLBACK` run as cached prepared statements, so a short
  /// transaction pays no parsing.
  package func transaction<T>(_ kind: TransactionKind = .deferred, _ body: () throws -> T) throws
    -> T
  {
    try run("BEGIN \(kind.rawValue)")
    let result: T
    do {
      result = try body()
      try run("COMMIT")
    } catch {
      if !isAutocommit { try? run("ROLLBACK") }
      throw error
    }
    return result
  }
}
