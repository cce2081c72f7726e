import CypherPlanner
import CypherSyntax

extension ExpressionCompiler {
  /// `[x IN list WHERE predicate | projection]`.
  func compileListComprehension(
    _ variable: String, _ source: Expression, _ predicate: Expression?, _ projection: Expression?
  ) throws -> Evaluator {
    let source = try compile(source)
    let (inner, slot) = binding(variable)
    let scratch = scratchRow(reading: [predicate, projection])
    let predicate = try predicate.map(inner.compile)
    let projection = try projection.map(inner.compile)
    releaseSlots(of: inner.slots)
    return { row, context in
      guard let elements = try Self.list(try source(row, context)) else { return .null }
      return try scratch.use(with: row) { local in
        var results: [RuntimeValue] = []
        results.reserveCapacity(elements.count)
        for element in elements {
          local[slot] = element
          if let predicate, try Logic.truth(try predicate(local, context)) != true { continue }
          results.append(try projection?(local, context) ?? element)
        }
        return .list(results)
      }
    }
  }

  /// `reduce(total = initial, x IN list | expression)`: null for a null list.
  func compileReduce(
    _ accumulator: String, _ initial: Expression, _ variable: String, _ source: Expression,
    _ expression: Expression
  ) throws -> Evaluator {
    let initial = try compile(initial)
    let source = try compile(source)
    let (withTotal, totalSlot) = binding(accumulator)
    let (inner, slot) = withTotal.binding(variable)
    let scratch = scratchRow(reading: [expression])
    let expression = try inner.compile(expression)
    releaseSlots(of: inner.slots)
    return { row, context in
      let total = try initial(row, context)
      guard let elements = try Self.list(try source(row, context)) else { return .null }
      return try scratch.use(with: row) { local in
        local[totalSlot] = total
        for element in elements {
          local[slot] = element
          local[totalSlot] = try expression(local, context)
        }
        return local[totalSlot]
      }
    }
  }

  /// `all(x IN list WHERE predicate)`, and `any`, `none`, `single`.
  func compileQuantifier(
    _ quantifier: Quantifier, _ variable: String, _ source: Expression, _ predicate: Expression?
  ) throws -> Evaluator {
    let tally = try compileTally(variable, source, predicate)
    return { row, context in
      guard let (elements, trueCount, nullCount) = try tally(row, context) else { return .null }
      let falseCount = elements - trueCount - nullCount
      switch quantifier {
      case .all: return falseCount > 0 ? .boolean(false) : (nullCount > 0 ? .null : .boolean(true))
      case .any: return trueCount > 0 ? .boolean(true) : (nullCount > 0 ? .null : .boolean(false))
      case .none: return trueCount > 0 ? .boolean(false) : (nullCount > 0 ? .null : .boolean(true))
      case .single:
        if trueCount > 1 { return .boolean(false) }
        return nullCount > 0 ? .null : .boolean(trueCount == 1)
      }
    }
  }

  /// `size([x IN list WHERE predicate])`, counted without building the list.
  func compileFilteredCount(_ variable: String, _ source: Expression, _ predicate: Expression)
    throws -> Evaluator
  {
    let tally = try compileTally(variable, source, predicate)
    return { row, context in
      guard let (_, trueCount, _) = try tally(row, context) else { return .null }
      return .integer(Int64(trueCount))
    }
  }

  /// How many elements `list` has, and for how many of them `predicate` (true when absent) is
  /// true and null; nil when the list is null.
  private func compileTally(
    _ variable: String, _ source: Expression, _ predicate: Expression?
  ) throws -> (Row, ExecutionContext) throws -> (elements: Int, trueCount: Int, nullCount: Int)? {
    let source = try compile(source)
    if let (comparison, value) = Self.literalComparison(predicate, of: variable) {
      return { row, context in
        guard let elements = try Self.list(try source(row, context)) else { return nil }
        var (trueCount, nullCount) = (0, 0)
        for element in elements {
          switch Self.compare(element, comparison, value) {
          case true?: trueCount += 1
          case nil: nullCount += 1
          case false?: break
          }
        }
        return (elements.count, trueCount, nullCount)
      }
    }
    let (inner, slot) = binding(variable)
    let scratch = scratchRow(reading: [predicate])
    let predicate = try predicate.map(inner.compile)
    releaseSlots(of: inner.slots)
    return { row, context in
      guard let elements = try Self.list(try source(row, context)) else { return nil }
      guard let predicate else { return (elements.count, elements.count, 0) }
      return try scratch.use(with: row) { local in
        var (trueCount, nullCount) = (0, 0)
        for element in elements {
          local[slot] = element
          switch try Logic.truth(try predicate(local, context)) {
          case true?: trueCount += 1
          case nil: nullCount += 1
          case false?: break
          }
        }
        return (elements.count, trueCount, nullCount)
      }
    }
  }

  /// The comparison and the value when `predicate` is `variable <comparison> literal` — as
  /// `r = 'primary'` — which tests an element alone: no scratch row, no closure per element.
  private static func literalComparison(_ predicate: Expression?, of variable: String)
    -> (ComparisonOperator, RuntimeValue)?
  {
    guard let predicate, case .comparison(let first, let steps) = predicate.kind,
      steps.count == 1, case .variable(let name) = first.kind, name == variable,
      case .literal(let literal) = steps[0].operand.kind
    else { return nil }
    return (steps[0].comparison, RuntimeValue(literal))
  }

  /// A scratch row for expressions that run on rows where this compiler's variables are bound:
  /// it copies in the slots of those variables that `expressions` mention.
  func scratchRow(reading expressions: [Expression?]) -> ScratchRow {
    ScratchRow(reading: Self.variables(in: expressions.compactMap { $0 }), in: slots)
  }

  /// The names of the variables `expressions` mention.
  static func variables(in expressions: [Expression]) -> Set<String> {
    expressions.reduce(into: Set<String>()) { $0.formUnion(Conjuncts.variables(in: $1)) }
  }

  /// The elements of a list, nil for null; anything else is a type error.
  static func list(_ value: RuntimeValue) throws -> [RuntimeValue]? {
    switch value {
    case .null: return nil
    case .list(let elements): return elements
    default: throw ExecutionError.type("Expected a List, got a \(value.typeName)")
    }
  }
}
