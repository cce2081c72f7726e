/// What a query returns: named columns and rows of values, in order.
public struct QueryResult: Hashable, Sendable {
  public let columns: [String]
  /// Each row has one value per column.
  public let rows: [[Value]]

  public init(columns: [String], rows: [[Value]]) {
    self.columns = columns
    self.rows = rows
  }
}
