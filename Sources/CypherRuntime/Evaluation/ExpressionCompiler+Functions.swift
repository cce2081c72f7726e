import CypherSyntax

extension ExpressionCompiler {
  func compileFunction(
    _ name: String, isDistinct: Bool, _ arguments: [Expression], span: SourceSpan
  ) throws -> Evaluator {
    let lowercased = name.lowercased()
    if lowercased == "size", arguments.count == 1,
      case .listComprehension(let variable, let source, let predicate?, nil) = arguments[0].kind
    {
      return try compileFilteredCount(variable, source, predicate)
    }
    if let unary = ScalarFunctions.named(lowercased)?.nonNullBody, arguments.count == 1 {
      // Compiled on its own rather than mapped into an array, whose closures are called
      // through a conversion thunk.
      let argument = try compile(arguments[0])
      switch unary {
      case .plain(let body):
        return { row, context in
          let value = try argument(row, context)
          return value.isNull ? .null : try located(span) { try body(value) }
        }
      case .inContext(let body):
        return { row, context in
          let value = try argument(row, context)
          return value.isNull ? .null : try located(span) { try body(value, context) }
        }
      }
    }
    let evaluators = try arguments.map(compile)
    // `coalesce` stops at its first non-null argument, without gathering them into an array.
    if lowercased == "coalesce", !evaluators.isEmpty {
      return { row, context in
        for evaluator in evaluators {
          let value = try evaluator(row, context)
          if !value.isNull { return value }
        }
        return .null
      }
    }
    // `exists(pattern)` is the pattern's own truth; `exists(expression)` asks for non-null.
    if lowercased == "exists", arguments.count == 1 {
      if case .patternPredicate = arguments[0].kind { return evaluators[0] }
      return { row, context in .boolean(!(try evaluators[0](row, context)).isNull) }
    }
    guard let function = ScalarFunctions.named(lowercased) else {
      throw ExecutionError(
        .semanticError, "InvalidAggregation",
        "\(name)() cannot be used here: aggregates belong in WITH and RETURN", at: span)
    }
    guard function.arity.contains(arguments.count) else {
      throw ExecutionError(
        .semanticError, "InvalidNumberOfArguments",
        "\(name)() takes \(function.arity.lowerBound)…\(function.arity.upperBound) arguments, not \(arguments.count)",
        at: span)
    }
    let body = function.body
    switch evaluators.count {
    case 0: return { _, context in try located(span) { try body([], context) } }
    case 1:
      let first = evaluators[0]
      return { row, context in
        let argument = try first(row, context)
        return try located(span) { try body([argument], context) }
      }
    default:
      return { row, context in
        let arguments = try evaluators.map { try $0(row, context) }
        return try located(span) { try body(arguments, context) }
      }
    }
  }
}
