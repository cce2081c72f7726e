/// A parameter as a compiled expression reads it: looked up by name once per run, then taken
/// from here for every other row of the same run.
final class ParameterRead {
  private let name: String
  private var run: UInt64?
  private var value: RuntimeValue = .null

  init(_ name: String) { self.name = name }

  /// `$name` in the run `context` belongs to.
  /// - Throws: `ExecutionError` (ParameterMissing) when the run was given no such parameter.
  func value(in context: ExecutionContext) throws -> RuntimeValue {
    if run == context.run { return value }
    guard let value = context.parameters[name] else {
      throw ExecutionError(
        .parameterMissing, "MissingParameter", "Expected a parameter named $\(name)")
    }
    self.value = value
    run = context.run
    return value
  }
}
