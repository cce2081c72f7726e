/// Passes on the rows for which the predicate is true (not false, not null).
final class FilterOperator: PipelineOperator {
  private let predicate: Evaluator

  init(input: any PhysicalOperator, predicate: @escaping Evaluator) {
    self.predicate = predicate
    super.init(input: input)
  }

  override func next(_ row: inout Row, _ context: ExecutionContext) throws -> Bool {
    while try input.next(&row, context) {
      try context.checkProgress()
      if try Logic.truth(try predicate(row, context)) == true { return true }
    }
    return false
  }
}
