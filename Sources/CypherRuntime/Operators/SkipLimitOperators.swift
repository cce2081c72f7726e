/// SKIP and LIMIT counts: a non-negative integer, computed once per run.
enum RowCount {
  static func evaluate(
    _ expression: Evaluator, _ row: Row, _ context: ExecutionContext, clause: String
  ) throws -> Int {
    let value = try expression(row, context)
    switch value {
    case .integer(let count) where count >= 0: return Int(count)
    case .integer:
      throw ExecutionError(
        .syntaxError, "NegativeIntegerArgument", "\(clause) cannot be negative")
    default:
      throw ExecutionError(
        .syntaxError, "InvalidArgumentType",
        "\(clause) must be an integer, not a \(value.typeName)")
    }
  }
}

/// SKIP and LIMIT: an operator that counts rows against a number computed when it opens.
class CountingOperator: PipelineOperator {
  private let count: Evaluator
  private let clause: String
  var remaining = 0

  init(input: any PhysicalOperator, count: @escaping Evaluator, clause: String) {
    self.count = count
    self.clause = clause
    super.init(input: input)
  }

  override func open(_ argument: Row, _ context: ExecutionContext) throws {
    try super.open(argument, context)
    remaining = try RowCount.evaluate(count, argument, context, clause: clause)
  }
}

/// SKIP: drops the first rows.
final class SkipOperator: CountingOperator {
  init(input: any PhysicalOperator, count: @escaping Evaluator) {
    super.init(input: input, count: count, clause: "SKIP")
  }

  override func next(_ row: inout Row, _ context: ExecutionContext) throws -> Bool {
    while remaining > 0 {
      guard try input.next(&row, context) else { return false }
      remaining -= 1
    }
    return try input.next(&row, context)
  }
}

/// LIMIT: stops after a number of rows, without reading further input.
final class LimitOperator: CountingOperator {
  init(input: any PhysicalOperator, count: @escaping Evaluator) {
    super.init(input: input, count: count, clause: "LIMIT")
  }

  override func next(_ row: inout Row, _ context: ExecutionContext) throws -> Bool {
    guard remaining > 0 else { return false }
    remaining -= 1
    return try input.next(&row, context)
  }
}
