/// Passes on the rows for which the predicate is true (not false, not null).
final class FilterOperator: PipelineOperator {
  private let predicate: Evaluator

  init(input: any PhysicalOperator, predicate: @escaping Evaluator) {
    self.predicate = predicate
    super.init(input: input)
  }

  override func next(_ context: ExecutionContext) throws -> Row? {
    while let row = try input.next(context) {
      try context.checkProgress()
      if try Logic.truth(try predicate(row, context)) == true { return row }
    }
    return nil
  }
}
