/// A parameter as a compiled expression reads it: looked up by name once per run, then taken
/// from its `RunMemo` for every other row of the same run.
final class ParameterRead {
  private let name: String
  private let memo = RunMemo()

  init(_ name: String) { self.name = name }

  /// `$name` in the run `context` belongs to.
  /// - Throws: `ExecutionError` (ParameterMissing) when the run was given no such parameter.
  func value(in context: ExecutionContext) throws -> RuntimeValue {
    try memo.value(in: context) {
      guard let value = context.parameters[name] else {
        throw ExecutionError(
          .parameterMissing, "MissingParameter", "Expected a parameter named $\(name)")
      }
      return value
    }
  }
}
