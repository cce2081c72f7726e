/// CREATE: makes the pattern's new nodes and relationships for every row.
final class CreateOperator: UpdatingOperator {
  private let parts: [PatternCreation]

  init(input: any PhysicalOperator, parts: [PatternCreation]) {
    self.parts = parts
    super.init(input: input)
  }

  override func update(_ row: Row, _ context: ExecutionContext) throws -> [Row] {
    var row = row
    for part in parts { try part.create(in: &row, context) }
    return [row]
  }
}
