/// Binds a slot to each element of a list; null gives no rows, any other value one row.
final class UnwindOperator: FlatMapOperator {
  private let list: Evaluator

  init(input: any PhysicalOperator, slot: Int, list: @escaping Evaluator) {
    self.list = list
    super.init(input: input, boundSlots: [slot])
  }

  override func expand(
    _ row: Row, into bindings: inout [RuntimeValue], _ context: ExecutionContext
  ) throws {
    switch try list(row, context) {
    case .null: return
    case .list(let elements): bindings.append(contentsOf: elements)
    case let single: bindings.append(single)
    }
  }
}
