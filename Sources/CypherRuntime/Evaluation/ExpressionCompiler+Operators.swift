import CypherPlanner
import CypherSyntax

extension ExpressionCompiler {
  func compileUnary(_ op: CypherSyntax.UnaryOperator, _ operand: Expression, span: SourceSpan)
    throws -> Evaluator
  {
    let operand = try compile(operand)
    switch op {
    case .not:
      return { row, context in
        let value = try operand(row, context)
        return try located(span) { Logic.value(try Logic.truth(value).map { !$0 }) }
      }
    case .minus:
      return { row, context in
        let value = try operand(row, context)
        return try located(span) { try Arithmetic.negate(value) }
      }
    case .plus:
      return { row, context in
        let value = try operand(row, context)
        return try located(span) {
          switch value {
          case .null, .integer, .float: return value
          default: throw ExecutionError.type("Cannot apply unary + to a \(value.typeName)")
          }
        }
      }
    }
  }

  func compileBinary(
    _ op: BinaryOperator, _ left: Expression, _ right: Expression, span: SourceSpan
  ) throws -> Evaluator {
    switch op {
    case .add: return try arithmetic(.add, left, right, span)
    case .subtract: return try arithmetic(.subtract, left, right, span)
    case .multiply: return try arithmetic(.multiply, left, right, span)
    case .divide: return try arithmetic(.divide, left, right, span)
    case .modulo: return try arithmetic(.modulo, left, right, span)
    case .power: return try arithmetic(.power, left, right, span)
    case .and, .or, .xor: return logical(op, try compile(left), try compile(right), span)
    case .in where ExpressionWalk.isRunConstant(right):
      let (left, right) = (try compile(left), try compile(right))
      let membership = ConstantListMembership()
      return { row, context in
        let list = try right(row, context)
        // Nothing is in an empty list, not even null: the element need not be read.
        if case .list(let elements) = list, elements.isEmpty { return .boolean(false) }
        let element = try left(row, context)
        return try located(span) { try membership.test(element, in: list, context: context) }
      }
    case .in: return binary(try compile(left), try compile(right), span, Self.membership)
    case .startsWith:
      return stringPredicate(try compile(left), try compile(right)) { $0.hasPrefix($1) }
    case .endsWith:
      return stringPredicate(try compile(left), try compile(right)) { $0.hasSuffix($1) }
    case .contains:
      return stringPredicate(try compile(left), try compile(right)) {
        $0.contains($1) || $1.isEmpty
      }
    case .regexMatch:
      let (left, right) = (try compile(left), try compile(right))
      return { row, context in
        guard case .string(let text) = try left(row, context),
          case .string(let pattern) = try right(row, context)
        else { return .null }
        return try located(span) { .boolean(try RegularExpression.matches(text, pattern)) }
      }
    }
  }

  /// AND, OR and XOR over three-valued logic; AND and OR stop early once the left side decides.
  private func logical(
    _ op: BinaryOperator, _ left: @escaping Evaluator, _ right: @escaping Evaluator,
    _ span: SourceSpan
  ) -> Evaluator {
    let combine: (Bool?, Bool?) -> Bool?
    switch op {
    case .and: combine = Logic.and
    case .or: combine = Logic.or
    default: combine = Logic.xor
    }
    return { row, context in
      let first = try left(row, context)
      let a = try located(span) { try Logic.truth(first) }
      if op == .and && a == false { return .boolean(false) }
      if op == .or && a == true { return .boolean(true) }
      let second = try right(row, context)
      return try located(span) { Logic.value(combine(a, try Logic.truth(second))) }
    }
  }

  /// A chain of comparisons, which raises no error of its own (incomparable values are null).
  func compileComparison(_ first: Expression, _ steps: [ComparisonStep]) throws -> Evaluator {
    if steps.count == 1 {
      let (left, comparison) = (try compile(first), steps[0].comparison)
      // `r = 'primary'`: the literal held as a value, not called for.
      if case .literal(let literal) = steps[0].operand.kind {
        let value = RuntimeValue(literal)
        return { row, context in
          Logic.value(Self.compare(try left(row, context), comparison, value))
        }
      }
      // The usual `a < b`, with its operands held directly rather than in an array (whose
      // closures are called through a conversion thunk).
      let right = try compile(steps[0].operand)
      return { row, context in
        let a = try left(row, context)
        return Logic.value(Self.compare(a, comparison, try right(row, context)))
      }
    }
    let operands = try ([first] + steps.map(\.operand)).map(compile)
    let comparisons = steps.map(\.comparison)
    return { row, context in
      var result: Bool? = true
      var left = try operands[0](row, context)
      for (index, comparison) in comparisons.enumerated() {
        let right = try operands[index + 1](row, context)
        result = Logic.and(result, Self.compare(left, comparison, right))
        left = right
      }
      return Logic.value(result)
    }
  }

  static func compare(_ left: RuntimeValue, _ op: ComparisonOperator, _ right: RuntimeValue)
    -> Bool?
  {
    switch op {
    case .equal: return Equality.equals(left, right)
    case .notEqual: return Equality.equals(left, right).map { !$0 }
    case .less: return Comparison.compare(left, right).map { $0 < 0 }
    case .greater: return Comparison.compare(left, right).map { $0 > 0 }
    case .lessOrEqual: return Comparison.compare(left, right).map { $0 <= 0 }
    case .greaterOrEqual: return Comparison.compare(left, right).map { $0 >= 0 }
    }
  }

  /// `element IN list`: true when some element equals it, null when none does but some
  /// comparison was unknown.
  static func membership(_ element: RuntimeValue, _ list: RuntimeValue) throws -> RuntimeValue {
    switch list {
    case .null: return .null
    case .list(let elements):
      var sawNull = false
      for candidate in elements {
        switch Equality.equals(element, candidate) {
        case true?: return .boolean(true)
        case nil: sawNull = true
        case false?: continue
        }
      }
      return sawNull ? .null : .boolean(false)
    default:
      throw notAList(list)
    }
  }

  /// The error of `IN` given something other than a list.
  static func notAList(_ value: RuntimeValue) -> ExecutionError {
    .type("IN expects a list, got a \(value.typeName)")
  }

  /// An operator that computes its value from both operands' values.
  private func binary(
    _ left: @escaping Evaluator, _ right: @escaping Evaluator, _ span: SourceSpan,
    _ operation: @escaping (RuntimeValue, RuntimeValue) throws -> RuntimeValue
  ) -> Evaluator {
    { row, context in
      let (a, b) = (try left(row, context), try right(row, context))
      return try located(span) { try operation(a, b) }
    }
  }

  /// An arithmetic operator, calling the operation directly; a literal operand (`2 * x`,
  /// `x + 1`) is held as its value rather than called for.
  private func arithmetic(
    _ operation: Arithmetic.Operation, _ left: Expression, _ right: Expression, _ span: SourceSpan
  ) throws -> Evaluator {
    if case .literal(let literal) = right.kind {
      let (left, value) = (try compile(left), RuntimeValue(literal))
      return { row, context in
        let a = try left(row, context)
        return try located(span) { try operation.apply(a, value) }
      }
    }
    if case .literal(let literal) = left.kind {
      let (value, right) = (RuntimeValue(literal), try compile(right))
      return { row, context in
        let b = try right(row, context)
        return try located(span) { try operation.apply(value, b) }
      }
    }
    let (left, right) = (try compile(left), try compile(right))
    return { row, context in
      let (a, b) = (try left(row, context), try right(row, context))
      return try located(span) { try operation.apply(a, b) }
    }
  }

  private func stringPredicate(
    _ left: @escaping Evaluator, _ right: @escaping Evaluator,
    _ test: @escaping (String, String) -> Bool
  ) -> Evaluator {
    { row, context in
      guard case .string(let text) = try left(row, context),
        case .string(let part) = try right(row, context)
      else { return .null }
      return .boolean(test(text, part))
    }
  }
}
