import SQLiteDB

extension Connection {
  /// The largest ID `table` (`node` or `relationship`) has ever given out, 0 when none: the
  /// next row SQLite inserts gets one more. A deleted row's ID counts, because these tables'
  /// IDs are `AUTOINCREMENT` and never reused.
  func highestID(in table: String) throws -> Int64 {
    let found = try scalar(
      "SELECT max(coalesce((SELECT max(id) FROM \(table)), 0), coalesce((SELECT seq FROM sqlite_sequence WHERE name = ?), 0))",
      [.text(table)])
    guard case .integer(let id) = found else { return 0 }
    return id
  }
}
