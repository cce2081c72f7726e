import GraphModel

/// One row of a query result, read by column name: how the library turns the columns a saved
/// query documents into its own types.
struct ResultRow {
  /// The result's column names, in order. A saved query has a dozen at most, so a look-up
  /// compares names (their lengths first, which tells most apart) rather than hashing one.
  let columns: [String]
  let values: [Value]

  subscript(column: String) -> Value {
    let length = column.utf8.count
    return columns.firstIndex { $0.utf8.count == length && $0 == column }.map { values[$0] }
      ?? .null
  }

  func string(_ column: String) -> String { self[column].stringValue ?? "" }
  func number(_ column: String) -> Double { self[column].numberValue ?? 0 }
  func strings(_ column: String) -> [String] {
    (self[column].listValue ?? []).compactMap(\.stringValue)
  }
  func maps(_ column: String) -> [[String: Value]] {
    (self[column].listValue ?? []).compactMap(\.mapValue)
  }

  /// The rows of `result`.
  static func rows(of result: QueryResult) -> [ResultRow] {
    result.rows.map { ResultRow(columns: result.columns, values: $0) }
  }
}
