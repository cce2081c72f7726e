import GraphModel

/// A failure of the graph store that is about the graph or its file, not about SQL.
///
/// Failures reported by SQLite itself (a full disk, a busy lock) arrive as `SQLiteError`.
public enum StoreError: Error, Equatable, CustomStringConvertible {
  /// The file could not be opened or created (missing directory, no permission, read-only place).
  case cannotOpen(path: String, reason: String)
  /// The file is not a SQLite database at all.
  case notADatabase(path: String)
  /// The file is a SQLite database cut short: smaller than its header says.
  case truncated(path: String, expectedBytes: Int64, actualBytes: Int64)
  /// The file is a SQLite database, but not one kg wrote.
  case notAKnowledgeGraph(path: String)
  /// The file was written by a newer kg whose schema this one does not know.
  case newerSchema(path: String, found: Int64, supported: Int64)
  /// No node has this ID.
  case nodeNotFound(NodeID)
  /// No relationship has this ID.
  case relationshipNotFound(RelationshipID)
  /// The node still has relationships, so it can only be deleted detached.
  case nodeHasRelationships(NodeID, count: Int)
  /// A value that cannot be stored under a property key.
  case invalidPropertyValue(key: String, reason: String)
  /// Stored bytes could not be decoded (an unknown type tag, a record cut short).
  case corruptValue(String)
  /// A label, relationship type, property key or index name that cannot be used.
  case invalidName(String)
  /// An index with this description exists already.
  case indexExists(String)
  /// No index has this description.
  case indexNotFound(String)

  public var description: String {
    switch self {
    case .cannotOpen(let path, let reason): "cannot open \(path): \(reason)"
    case .notADatabase(let path): "\(path) is not a SQLite database"
    case .truncated(let path, let expected, let actual):
      "\(path) is truncated: \(actual) bytes where its header promises \(expected)"
    case .notAKnowledgeGraph(let path): "\(path) is a SQLite database but not a kg store"
    case .newerSchema(let path, let found, let supported):
      "\(path) has schema version \(found), newer than this kg supports (\(supported)); upgrade kg"
    case .nodeNotFound(let id): "\(id) does not exist"
    case .relationshipNotFound(let id): "\(id) does not exist"
    case .nodeHasRelationships(let id, let count):
      "cannot delete \(id): it still has \(count) relationship\(count == 1 ? "" : "s"); delete it detached"
    case .invalidPropertyValue(let key, let reason):
      "invalid value for property '\(key)': \(reason)"
    case .corruptValue(let detail): "corrupt stored value: \(detail)"
    case .invalidName(let detail): "invalid name: \(detail)"
    case .indexExists(let index): "index \(index) already exists"
    case .indexNotFound(let index): "index \(index) does not exist"
    }
  }
}
