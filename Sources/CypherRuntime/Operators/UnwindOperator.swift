/// Binds a slot to each element of a list; null gives no rows, any other value one row.
final class UnwindOperator: FlatMapOperator {
  private let slot: Int
  private let list: Evaluator

  init(input: any PhysicalOperator, slot: Int, list: @escaping Evaluator) {
    self.slot = slot
    self.list = list
    super.init(input: input)
  }

  override func expand(_ row: Row, _ context: ExecutionContext) throws -> [Row] {
    let elements: [RuntimeValue]
    switch try list(row, context) {
    case .null: return []
    case .list(let list): elements = list
    case let single: elements = [single]
    }
    var output = row
    return elements.map {
      output[slot] = $0
      return output
    }
  }
}
