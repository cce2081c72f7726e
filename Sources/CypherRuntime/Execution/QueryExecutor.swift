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
    let context = ExecutionContext(
      transaction: transaction, parameters: parameters.mapValues(RuntimeValue.init), limits: limits,
      cancellation: cancellation)
    var rows: [[RuntimeValue]] = []
    try run(query, context, profile: profile) { values in
      rows.append(values)
      if rows.count > limits.maximumRows {
        throw ExecutionError(
          .limitExceeded, "RowLimit", "The result has more than \(limits.maximumRows) rows")
      }
      return true
    }
    return QueryResult(
      columns: query.plan.columns, rows: try rows.map { try $0.map(context.materialize) })
  }

  /// Runs `query`, handing `body` each row (one value per column of `query.plan.columns`) as
  /// soon as it is made, until `body` returns false: the rows after that are never computed. A
  /// caller that needs the first few rows of an ordered result, and cannot tell how many
  /// beforehand, pays for the ordering but not for the rest of the rows. (A query that writes
  /// makes all its changes before its first row, so its rows show the graph as it left it.)
  /// How many rows to take is the caller's choice: `limits.maximumRows` does not apply.
  ///
  /// - Throws: `ExecutionError` for what the query did wrong, store and SQLite errors as they
  ///   are, and what `body` throws.
  public static func forEachRow(
    _ query: PreparedQuery, in transaction: ReadTransaction, parameters: [String: Value],
    limits: QueryLimits, cancellation: CancellationFlag? = nil,
    _ body: ([Value]) throws -> Bool
  ) throws {
    let context = ExecutionContext(
      transaction: transaction, parameters: parameters.mapValues(RuntimeValue.init), limits: limits,
      cancellation: cancellation)
    try run(query, context, profile: nil) { values in
      try body(try values.map(context.materialize))
    }
  }

  /// Pulls the rows of each part of `query` in turn (UNION's duplicates left out) into `body`,
  /// stopping when it returns false. A query without RETURN runs to its end and has no rows.
  private static func run(
    _ query: PreparedQuery, _ context: ExecutionContext, profile: QueryProfile?,
    _ body: ([RuntimeValue]) throws -> Bool
  ) throws {
    let (removesDuplicates, hasRows) = (query.plan.removesDuplicates, !query.plan.columns.isEmpty)
    let lowered = try query.checkOut(profile: profile)
    var seen: Set<[GroupingKey]> = []
    parts: for part in lowered.parts {
      try part.root.open(part.layout.emptyRow(), context)
      var row: Row = []
      while try part.root.next(&row, context) {
        guard hasRows else { continue }
        let values = part.columnSlots.map { $0.map { row[$0] } ?? .null }
        if removesDuplicates && !seen.insert(values.map { GroupingKey(value: $0) }).inserted {
          continue
        }
        guard try body(values) else { break parts }
      }
    }
    // Operators reset themselves when opened, so a copy left part-way is as good as any.
    query.checkIn(lowered, after: context.transaction)
  }
}
