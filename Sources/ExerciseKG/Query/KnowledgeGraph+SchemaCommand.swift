import CypherSyntax
import GraphStore

extension KnowledgeGraph {
  /// Runs a schema command — creates or drops a property index — in one write transaction.
  ///
  /// - Returns: what it changed.
  /// - Throws: `QueryError`: `AccessMode` under `QueryOptions.readOnly` (nothing ran);
  ///   `SchemaError` when the index to create exists already or the one to drop does not.
  func run(_ command: SchemaCommand, options: QueryOptions) throws(QueryError) -> ChangeSummary {
    if options.readOnly { throw QueryError.writeInReadOnly }
    var changes = ChangeSummary()
    do {
      switch command {
      case .createIndex(let label, let key):
        try createPropertyIndex(label: label, key: key)
        changes.indexesAdded = 1
      case .dropIndex(let label, let key):
        try dropPropertyIndex(label: label, key: key)
        changes.indexesRemoved = 1
      }
    } catch StoreError.indexExists(let index) {
      throw schemaError("IndexAlreadyExists", "An index on \(index) already exists")
    } catch StoreError.indexNotFound(let index) {
      throw schemaError("IndexNotFound", "There is no index on \(index)")
    } catch {
      throw QueryError(thrownByRun: error)
    }
    return changes
  }

  private func schemaError(_ detail: String, _ message: String) -> QueryError {
    QueryError(type: "SchemaError", detail: detail, phase: .runtime, message: message, span: nil)
  }
}
