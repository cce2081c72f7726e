/// Bounds every query runs under; exceeding one stops the query with
/// `ExecutionError.Kind.limitExceeded`, and its writes are rolled back.
public struct QueryLimits: Hashable, Sendable {
  /// Wall-clock time from the start of execution, in seconds.
  public var timeout: Double
  /// Rows the result may have.
  public var maximumRows: Int
  /// Relationships a variable-length pattern may follow, whatever its upper bound says.
  public var maximumDepth: Int
  /// Rows an operator may hold at once (sorting, grouping, DISTINCT, updates), a proxy for
  /// the memory a query takes.
  public var maximumIntermediateRows: Int

  public init(timeout: Double, maximumRows: Int, maximumDepth: Int, maximumIntermediateRows: Int) {
    self.timeout = timeout
    self.maximumRows = maximumRows
    self.maximumDepth = maximumDepth
    self.maximumIntermediateRows = maximumIntermediateRows
  }

  /// Generous bounds for people at a terminal and scripts.
  public static let interactive = QueryLimits(
    timeout: 3600, maximumRows: 100_000_000, maximumDepth: 10_000,
    maximumIntermediateRows: 50_000_000)

  /// Strict bounds for requests from the network.
  public static let service = QueryLimits(
    timeout: 5, maximumRows: 10_000, maximumDepth: 20, maximumIntermediateRows: 1_000_000)
}
