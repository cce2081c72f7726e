import Synchronization

/// Set from any thread to stop a running query at its next check.
public final class CancellationFlag: Sendable {
  private let isSet = Atomic<Bool>(false)

  public init() {}

  /// Asks the query to stop; it fails with a `limitExceeded` error and its writes roll back.
  public func cancel() { isSet.store(true, ordering: .relaxed) }

  public var isCancelled: Bool { isSet.load(ordering: .relaxed) }
}
