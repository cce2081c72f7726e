/// A whole statement: a query, perhaps under `EXPLAIN` or `PROFILE`.
public struct Statement: Hashable, Sendable {
  /// How the statement asks to be run.
  public enum Mode: String, Hashable, Sendable {
    case run, explain, profile
  }

  public var mode: Mode
  public var query: Query
}

/// One or more single queries joined by `UNION` or `UNION ALL`.
public struct Query: Hashable, Sendable {
  public var first: SingleQuery
  public var unions: [UnionPart]
}

/// `UNION [ALL] query`.
public struct UnionPart: Hashable, Sendable {
  /// Whether duplicates are kept (`UNION ALL`).
  public var isAll: Bool
  public var query: SingleQuery
}

/// A sequence of clauses.
public struct SingleQuery: Hashable, Sendable {
  public var clauses: [Clause]
  public var span: SourceSpan
}

/// One clause.
public indirect enum Clause: Hashable, Sendable {
  case match(MatchClause)
  case unwind(UnwindClause)
  case with(WithClause)
  case `return`(ReturnClause)
  case create(CreateClause)
  case merge(MergeClause)
  case set(SetClause)
  case remove(RemoveClause)
  case delete(DeleteClause)
}
