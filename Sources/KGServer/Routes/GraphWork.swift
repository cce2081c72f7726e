import Dispatch

/// Runs a route's calls into the SQLite-backed graph on a Dispatch thread, so they never hold
/// one of Swift's cooperative threads and a long query never stalls other requests, and
/// records each call's time in `ServerMetrics`.
struct GraphWork: Sendable {
  let metrics: ServerMetrics

  /// The result of `work`, timed as `operation` (`recommend`, `search`, `query`…).
  func run<Result: Sendable>(_ operation: String, _ work: @escaping @Sendable () throws -> Result)
    async throws -> Result
  {
    let clock = ContinuousClock()
    let start = clock.now
    defer { metrics.recordGraphWork(operation, duration: clock.now - start) }
    return try await withCheckedThrowingContinuation { continuation in
      DispatchQueue.global().async { continuation.resume(with: Swift.Result { try work() }) }
    }
  }
}
