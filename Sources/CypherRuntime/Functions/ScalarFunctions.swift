/// A function of values: how many arguments it takes and what it computes.
struct ScalarFunction: Sendable {
  let arity: ClosedRange<Int>
  let body: @Sendable ([RuntimeValue], ExecutionContext) throws -> RuntimeValue
  /// For a one-argument function that maps null to null, its body for a non-null argument:
  /// called without gathering the argument into an array.
  let nonNullBody: NonNullBody?

  /// The body of a one-argument function for a non-null argument.
  enum NonNullBody: Sendable {
    case plain(@Sendable (RuntimeValue) throws -> RuntimeValue)
    /// One that reads the graph (`type`, `labels`…).
    case inContext(@Sendable (RuntimeValue, ExecutionContext) throws -> RuntimeValue)
  }

  init(
    _ arity: ClosedRange<Int>,
    _ body: @escaping @Sendable ([RuntimeValue], ExecutionContext) throws -> RuntimeValue
  ) {
    self.arity = arity
    self.body = body
    nonNullBody = nil
  }

  private init(nonNull: NonNullBody) {
    arity = 1...1
    nonNullBody = nonNull
    switch nonNull {
    case .plain(let unary):
      body = { arguments, _ in arguments[0].isNull ? .null : try unary(arguments[0]) }
    case .inContext(let unary):
      body = { arguments, context in
        arguments[0].isNull ? .null : try unary(arguments[0], context)
      }
    }
  }

  /// A one-argument function that maps null to null.
  static func unary(_ body: @escaping @Sendable (RuntimeValue) throws -> RuntimeValue) -> Self {
    ScalarFunction(nonNull: .plain(body))
  }

  /// A one-argument function that maps null to null and reads the graph for anything else.
  static func unary(
    inContext body: @escaping @Sendable (RuntimeValue, ExecutionContext) throws -> RuntimeValue
  ) -> Self {
    ScalarFunction(nonNull: .inContext(body))
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
