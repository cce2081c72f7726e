/// SET and REMOVE: applies each assignment, in order, to every row.
final class SetOperator: UpdatingOperator {
  private let updates: [RowUpdate]

  init(input: any PhysicalOperator, updates: [RowUpdate]) {
    self.updates = updates
    super.init(input: input)
  }

  override func update(_ row: Row, _ context: ExecutionContext) throws -> [Row] {
    for update in updates { try update(row, context) }
    return [row]
  }
}
