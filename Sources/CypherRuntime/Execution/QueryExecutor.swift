import CypherPlanner
import GraphModel
import GraphStore

/// Runs a query plan inside a transaction and materialises its result.
public enum QueryExecutor {
  /// Runs `plan` with `parameters` in `transaction` (a `WriteTransaction` for a plan that
  /// writes). With a `profile`, each operator's rows and time are counted into it.
  ///
  /// - Throws: `ExecutionError` for what the query did wrong; store and SQLite errors as they are.
  public static func execute(
    _ plan: QueryPlan, in transaction: ReadTransaction, parameters: [String: Value],
    limits: QueryLimits, catalog: any GraphCatalog, cancellation: CancellationFlag? = nil,
    profile: QueryProfile? = nil
  ) throws -> QueryResult {
    let context = ExecutionContext(
      transaction: transaction, parameters: parameters.mapValues(RuntimeValue.init), limits: limits,
      cancellation: cancellation)
    var rows: [[RuntimeValue]] = []
    var seen: Set<[GroupingKey]> = []
    for (index, part) in plan.parts.enumerated() {
      let layout = SlotLayout()
      var lowering = Lowering(
        layout: layout, catalog: catalog, profile: profile, planPath: [index], reusesSlots: true)
      let root = try lowering.lower(part)
      let columnSlots = plan.columns.map { lowering.slots[$0] }
      try root.open(layout.emptyRow(), context)
      while let row = try root.next(context) {
        let values = columnSlots.map { $0.map { row[$0] } ?? .null }
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
    // A query without RETURN has no columns and so no rows.
    if plan.columns.isEmpty { return QueryResult(columns: [], rows: []) }
    return QueryResult(
      columns: plan.columns, rows: try rows.map { try $0.map(context.materialize) })
  }
}
