import SQLiteDB

extension Connection {
  /// The largest `id` in `table` (`node` or `relationship`), 0 when it is empty: the next row
  /// SQLite inserts gets one more.
  func highestID(in table: String) throws -> Int64 {
    guard case .integer(let id) = try scalar("SELECT max(id) FROM \(table)") else { return 0 }
    return id
  }
}
