/// A value computed once per run of a query and kept for its other rows: a parameter's value,
/// or an expression made only of parameters and literals. Used by one run at a time; a new run
/// (its own number in `ExecutionContext.run`) computes it again.
final class RunMemo {
  @exclusivity(unchecked) private var run: UInt64?
  @exclusivity(unchecked) private var value: RuntimeValue = .null

  /// The value for the run `context` belongs to: `compute()`'s, on the run's first call.
  @inline(__always)
  func value(in context: ExecutionContext, _ compute: () throws -> RuntimeValue) rethrows
    -> RuntimeValue
  {
    if run == context.run { return value }
    let value = try compute()
    self.value = value
    run = context.run
    return value
  }
}
