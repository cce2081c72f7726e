import Foundation
import GraphModel
import GraphStore
import Synchronization

/// What a running query shares: the transaction, the parameters, its limits and how far it
/// has got against them.
final class ExecutionContext {
  let transaction: ReadTransaction
  /// The same transaction when the query may write.
  let writer: WriteTransaction?
  let parameters: [String: RuntimeValue]
  /// This run's number, unique in the process: what compiled expressions key per-run memos by.
  let run: UInt64
  let limits: QueryLimits
  /// Label lists already read, kept only while nothing can change them (a read-only query
  /// sees one snapshot), since expansions meet the same nodes again and again.
  var labelCache: [NodeID: [String]] = [:]
  private static let runs = Atomic<UInt64>(0)
  private let cancellation: CancellationFlag?
  private let deadline: UInt64
  /// Exempt from run-time exclusivity checks: read on every row, by the query's one thread.
  @exclusivity(unchecked) private var checksSinceClock = 0

  init(
    transaction: ReadTransaction, parameters: [String: RuntimeValue], limits: QueryLimits,
    cancellation: CancellationFlag?
  ) {
    self.transaction = transaction
    self.writer = transaction as? WriteTransaction
    self.parameters = parameters
    run = Self.runs.add(1, ordering: .relaxed).newValue
    self.limits = limits
    self.cancellation = cancellation
    let nanoseconds = min(limits.timeout, 1e9) * 1e9
    deadline = DispatchTime.now().uptimeNanoseconds &+ UInt64(nanoseconds)
  }

  /// Called by operators as they work: throws once the query is cancelled or out of time.
  /// The clock is read every 256 calls, which keeps the check cheap.
  @inline(__always)
  func checkProgress() throws {
    checksSinceClock &+= 1
    guard checksSinceClock & 255 == 0 else { return }
    if cancellation?.isCancelled == true {
      throw ExecutionError(.limitExceeded, "Cancelled", "The query was cancelled")
    }
    if DispatchTime.now().uptimeNanoseconds > deadline {
      throw ExecutionError(
        .limitExceeded, "Timeout", "The query ran longer than its \(limits.timeout) s limit")
    }
  }

  /// Throws when an operator would hold more rows than the limit allows.
  func checkHeld(_ count: Int) throws {
    if count > limits.maximumIntermediateRows {
      throw ExecutionError(
        .limitExceeded, "MemoryLimit",
        "The query holds more than \(limits.maximumIntermediateRows) intermediate rows")
    }
  }

  /// The writer, or a failure for a write attempted in a read-only query.
  func requireWriter() throws -> WriteTransaction {
    guard let writer else {
      throw ExecutionError(.semanticError, "ReadOnly", "This query may not write to the graph")
    }
    return writer
  }
}
