import Dispatch

/// Runs blocking work — every call into the SQLite-backed graph — on a Dispatch thread, so it
/// never holds one of Swift's cooperative threads and a long query never stalls other requests.
func offloaded<Result: Sendable>(_ work: @escaping @Sendable () throws -> Result) async throws
  -> Result
{
  try await withCheckedThrowingContinuation { continuation in
    DispatchQueue.global().async { continuation.resume(with: Swift.Result { try work() }) }
  }
}
