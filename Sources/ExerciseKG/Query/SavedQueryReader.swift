import CypherRuntime
import GraphModel
import GraphStore

/// Runs saved read queries one after another on one snapshot of the graph, so what a later
/// query sees agrees with what an earlier one saw (a recommendation's explanations with its
/// candidates, say) whatever is written meanwhile.
struct SavedQueryReader {
  let graph: KnowledgeGraph
  let transaction: ReadTransaction

  /// The rows of the saved query `name` (a file of `queries/`) with `parameters`.
  ///
  /// - Throws: `CatalogError` when there is no such query, `QueryError` when it fails.
  func rows(of name: String, parameters: [String: Value] = [:]) throws -> [ResultRow] {
    let query = try prepared(name, parameters: parameters)
    return ResultRow.rows(
      of: try running {
        try QueryExecutor.execute(
          query, in: transaction, parameters: parameters, limits: .interactive)
      })
  }

  /// Hands `body` the rows of the saved query `name` one by one, in order, until it returns
  /// false; the query computes no row after that.
  ///
  /// - Throws: `CatalogError` when there is no such query, `QueryError` when it fails.
  func forEachRow(
    of name: String, parameters: [String: Value] = [:], _ body: (ResultRow) -> Bool
  ) throws {
    let query = try prepared(name, parameters: parameters)
    let columns = query.plan.columns
    try running {
      try QueryExecutor.forEachRow(
        query, in: transaction, parameters: parameters, limits: .interactive
      ) { body(ResultRow(columns: columns, values: $0)) }
    }
  }

  private func prepared(_ name: String, parameters: [String: Value]) throws -> PreparedQuery {
    try graph.preparedQuery(try graph.queries.query(name).text, parameters: parameters)
  }

  /// `run()`'s result, with what the query threw as a `QueryError`.
  private func running<T>(_ run: () throws -> T) throws -> T {
    do {
      return try run()
    } catch {
      throw QueryError(thrownByRun: error)
    }
  }
}

extension KnowledgeGraph {
  /// What `body` reads through saved queries, all on one snapshot.
  func readingSavedQueries<T>(_ body: (SavedQueryReader) throws -> T) throws -> T {
    try store.read { try body(SavedQueryReader(graph: self, transaction: $0)) }
  }
}
