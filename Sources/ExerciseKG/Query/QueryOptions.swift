import CypherRuntime
import GraphModel

/// How a query runs: its limits, whether to count its changes, and a way to cancel it.
public struct QueryOptions: Sendable {
  public var limits: QueryLimits
  /// Whether to report in `QueryResponse.changes` the difference the query made to the graph:
  /// each node and relationship it touches is read once more, before its first change.
  public var measuresChanges: Bool
  /// Set it from another thread to stop the query.
  public var cancellation: CancellationFlag?
  /// Refuse, before running, a query that could write (an `AccessMode` error).
  public var readOnly: Bool

  public init(
    limits: QueryLimits = .interactive, measuresChanges: Bool = false,
    cancellation: CancellationFlag? = nil, readOnly: Bool = false
  ) {
    self.limits = limits
    self.measuresChanges = measuresChanges
    self.cancellation = cancellation
    self.readOnly = readOnly
  }
}

/// A query's answer.
public struct QueryResponse: Sendable {
  public let result: QueryResult
  /// What the query changed, when `QueryOptions.measuresChanges` asked for it and the query
  /// could write.
  public let changes: ChangeSummary?
  /// The plan, for `EXPLAIN` (which runs nothing) and `PROFILE` (with rows per operator).
  public let plan: String?
  /// The engine's own time: parsing, planning, running and materialising the rows.
  public let elapsed: Duration
}
