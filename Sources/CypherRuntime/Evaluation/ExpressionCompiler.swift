import CypherPlanner
import CypherSyntax

/// An expression ready to run: computes its value from a row.
typealias Evaluator = (Row, ExecutionContext) throws -> RuntimeValue

/// Compiles expressions into closures over row slots, resolving variables once, here, rather
/// than on every row.
struct ExpressionCompiler {
  /// Where each variable in scope lives in a row.
  var slots: [String: Int]
  let layout: SlotLayout
  let catalog: any GraphCatalog

  func compile(_ expression: Expression) throws -> Evaluator {
    let evaluator = try compileLocated(expression)
    switch expression.kind {
    case .literal, .parameter: return evaluator
    default:
      // `size($muscles) = 0` is the same on every row of a run: computed on its first.
      guard ExpressionWalk.isRunConstant(expression) else { return evaluator }
      let memo = RunMemo()
      return { row, context in try memo.value(in: context) { try evaluator(row, context) } }
    }
  }

  /// The expression's evaluator, which gives an error its position.
  private func compileLocated(_ expression: Expression) throws -> Evaluator {
    let span = expression.span
    let evaluator = try compileKind(expression)
    // Errors raised while evaluating carry the position of the innermost expression. Literals
    // and variables cannot fail; the kinds most queries evaluate on every row locate their own
    // errors inside their closures (`located`), which spares them a closure call each.
    switch expression.kind {
    case .literal, .variable, .parameter, .property, .unary, .binary, .comparison, .function:
      return evaluator
    default:
      return { row, context in try located(span) { try evaluator(row, context) } }
    }
  }

  private func compileKind(_ expression: Expression) throws -> Evaluator {
    switch expression.kind {
    case .literal(let literal):
      let value = RuntimeValue(literal)
      return { _, _ in value }
    case .parameter(let name):
      let parameter = ParameterRead(name)
      let span = expression.span
      return { _, context in try located(span) { try parameter.value(in: context) } }
    case .variable(let name):
      let slot = try slot(of: name, at: expression.span)
      return { row, _ in row[slot] }
    case .list(let elements):
      let evaluators = try elements.map(compile)
      return { row, context in .list(try evaluators.map { try $0(row, context) }) }
    case .map(let entries):
      let evaluators = try entries.map { ($0.key, try compile($0.value)) }
      return { row, context in
        var map = [String: RuntimeValue](minimumCapacity: evaluators.count)
        for (key, evaluator) in evaluators { map[key] = try evaluator(row, context) }
        return .map(map)
      }
    case .property(let subject, let key):
      return try compileProperty(subject, key: key, span: expression.span)
    case .index(let subject, let index):
      return try compileIndex(subject, index)
    case .slice(let subject, let from, let to):
      return try compileSlice(subject, from: from, to: to)
    case .hasLabels(let subject, let labels):
      return try compileHasLabels(subject, labels)
    case .unary(let op, let operand):
      return try compileUnary(op, operand, span: expression.span)
    case .binary(let op, let left, let right):
      return try compileBinary(op, left, right, span: expression.span)
    case .comparison(let first, let steps):
      return try compileComparison(first, steps)
    case .isNull(let subject, let negated):
      let evaluator = try compile(subject)
      return { row, context in .boolean(try evaluator(row, context).isNull != negated) }
    case .caseExpression(let subject, let branches, let otherwise):
      return try compileCase(subject: subject, branches: branches, otherwise: otherwise)
    case .function(let name, let isDistinct, let arguments):
      return try compileFunction(name, isDistinct: isDistinct, arguments, span: expression.span)
    case .countAll:
      throw ExecutionError(
        .semanticError, "InvalidAggregation", "count(*) is only allowed in WITH and RETURN",
        at: expression.span)
    case .listComprehension(let variable, let source, let predicate, let projection):
      return try compileListComprehension(variable, source, predicate, projection)
    case .reduce(let accumulator, let initial, let variable, let source, let expression):
      return try compileReduce(accumulator, initial, variable, source, expression)
    case .quantifier(let quantifier, let variable, let source, let predicate):
      return try compileQuantifier(quantifier, variable, source, predicate)
    case .patternComprehension(let path, let element, let predicate, let projection):
      return try compilePatternComprehension(path, element, predicate, projection)
    case .patternPredicate(let element):
      let rows = try compileSubquery(
        .pattern(Pattern(parts: [PatternPart(pathVariable: nil, element: element)]), predicate: nil)
      )
      return { row, context in .boolean(try rows.hasRow(row, context)) }
    case .exists(let subquery):
      let rows = try compileSubquery(subquery)
      return { row, context in .boolean(try rows.hasRow(row, context)) }
    case .count(let subquery):
      let rows = try compileSubquery(subquery)
      return { row, context in .integer(Int64(try rows.count(row, context))) }
    }
  }

  func slot(of name: String, at span: SourceSpan) throws -> Int {
    guard let slot = slots[name] else {
      throw ExecutionError(
        .semanticError, "UndefinedVariable", "Variable `\(name)` not defined", at: span)
    }
    return slot
  }

  /// A compiler that also sees `name`, in a new slot: for the variable a comprehension or
  /// quantifier binds.
  func binding(_ name: String) -> (ExpressionCompiler, Int) {
    var compiler = self
    let slot = layout.allocate()
    compiler.slots[name] = slot
    return (compiler, slot)
  }
}

/// Runs `body`, giving an error it throws without a position the position `span`: how an
/// expression's error names the innermost expression that failed.
@inline(__always)
func located<T>(_ span: SourceSpan, _ body: () throws -> T) throws -> T {
  do { return try body() } catch let error as ExecutionError where error.span == nil {
    throw ExecutionError(error.kind, error.detail, error.message, at: span)
  }
}

extension RuntimeValue {
  init(_ literal: Literal) {
    switch literal {
    case .null: self = .null
    case .boolean(let flag): self = .boolean(flag)
    case .integer(let integer): self = .integer(integer)
    case .float(let float): self = .float(float)
    case .string(let string): self = .string(string)
    }
  }
}
