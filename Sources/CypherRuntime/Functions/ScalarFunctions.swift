/// A function of values: how many arguments it takes and what it computes.
struct ScalarFunction: Sendable {
  let arity: ClosedRange<Int>
  let body: @Sendable ([RuntimeValue], ExecutionContext) throws -> RuntimeValue
  /// For a one-argument function that maps null to null, its body for a non-null argument:
  /// called without gathering the argument into an array.
  let nonNullBody: (@Sendable (RuntimeValue) throws -> RuntimeValue)?

  init(
    _ arity: ClosedRange<Int>,
    _ body: @escaping @Sendable ([RuntimeValue], ExecutionContext) throws -> RuntimeValue
  ) {
    self.arity = arity
    self.body = body
    nonNullBody = nil
  }

  private init(unary body: @escaping @Sendable (RuntimeValue) throws -> RuntimeValue) {
    arity = 1...1
    self.body = { arguments, _ in arguments[0].isNull ? .null : try body(arguments[0]) }
    nonNullBody = body
  }

  /// A one-argument function that maps null to null.
  static func unary(_ body: @escaping @Sendable (RuntimeValue) throws -> RuntimeValue) -> Self {
    ScalarFunction(unary: body)
  }
}

/// The scalar functions, by lower-case name; each family lives in its own file.
enum ScalarFunctions {
  static func named(_ name: String) -> ScalarFunction? { all[name] }

  private static let all: [String: ScalarFunction] = lists.merging(strings) { a, _ in a }
    .merging(numbers) { a, _ in a }.merging(conversions) { a, _ in a }
    .merging(graph) { a, _ in a }

  /// A failure for an argument of the wrong type.
  static func invalid(_ function: String, _ value: RuntimeValue) -> ExecutionError {
    .type("\(function)() does not accept a \(value.typeName)", detail: "InvalidArgumentValue")
  }

  /// The integer argument, or a type error.
  static func integer(_ function: String, _ value: RuntimeValue) throws -> Int64 {
    guard case .integer(let integer) = value else { throw invalid(function, value) }
    return integer
  }

  /// The string argument, or a type error.
  static func string(_ function: String, _ value: RuntimeValue) throws -> String {
    guard case .string(let string) = value else { throw invalid(function, value) }
    return string
  }
}
