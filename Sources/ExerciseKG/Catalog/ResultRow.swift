import GraphModel

/// One row of a query result, read by column name: how the library turns the columns a saved
/// query documents into its own types.
struct ResultRow {
  let columns: [String: Int]
  let values: [Value]

  subscript(column: String) -> Value {
    columns[column].map { values[$0] } ?? .null
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
    let columns = Dictionary(
      result.columns.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    return result.rows.map { ResultRow(columns: columns, values: $0) }
  }
}
