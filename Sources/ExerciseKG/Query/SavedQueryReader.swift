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
    let entry = try graph.prepare(try graph.queries.query(name).text)
    do {
      return ResultRow.rows(
        of: try QueryExecutor.execute(
          entry.query, in: transaction, parameters: parameters, limits: .interactive))
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
