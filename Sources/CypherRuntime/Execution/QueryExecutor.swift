import CypherPlanner
import GraphModel
import GraphStore

/// Runs a query plan inside a transaction and materialises its result.
public enum QueryExecutor {
  /// Runs `query` with `parameters` in `transaction` (a `WriteTransaction` for a plan that
  /// writes). With a `profile`, each operator's rows and time are counted into it.
  ///
  /// - Throws: `ExecutionError` for what the query did wrong; store and SQLite errors as they are.
  public static func execute(
    _ query: PreparedQuery, in transaction: ReadTransaction, parameters: [String: Value],
    limits: QueryLimits, cancellation: CancellationFlag? = nil, profile: QueryProfile? = nil
  ) throws -> QueryResult {
    let plan = query.plan
    let context = ExecutionContext(
      transaction: transaction, parameters: parameters.mapValues(RuntimeValue.init), limits: limits,
      cancellation: cancellation)
    let lowered = try query.checkOut(profile: profile)
    var rows: [[RuntimeValue]] = []
    var seen: Set<[GroupingKey]> = []
    for part in lowered.parts {
      try part.root.open(part.layout.emptyRow(), context)
      var row: Row = []
      while try part.root.next(&row, context) {
        let values = part.columnSlots.map { $0.map { row[$0] } ?? .null }
        if plan.removesDuplicates && !seen.insert(values.map { GroupingKey(value: $0) }).inserted {
          continue
        }
        rows.append(values)
        if rows.count > limits.maximumRows {
          throw ExecutionError(
            .limitExceeded, "RowLimit", "The result has more than \(limits.maximumRows) rows")
        }
      }
    }
    query.checkIn(lowered, after: transaction)
    // A query without RETURN has no columns and so no rows.
    if plan.columns.isEmpty { return QueryResult(columns: [], rows: []) }
    return QueryResult(
      columns: plan.columns, rows: try rows.map { try $0.map(context.materialize) })
  }
}
