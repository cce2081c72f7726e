/// OPTIONAL MATCH: runs a nested plan on each row; a row it finds nothing for passes on once
/// with the nested plan's new variables null.
final class OptionalOperator: PipelineOperator {
  private let inner: any PhysicalOperator
  private let introduced: [Int]
  private var isInnerOpen = false
  private var innerFoundRow = false
  private var current: Row?

  init(input: any PhysicalOperator, inner: any PhysicalOperator, introduced: [Int]) {
    self.inner = inner
    self.introduced = introduced
    super.init(input: input)
  }

  override func open(_ argument: Row, _ context: ExecutionContext) throws {
    isInnerOpen = false
    try super.open(argument, context)
  }

  override func next(_ context: ExecutionContext) throws -> Row? {
    while true {
      if isInnerOpen, let row = try inner.next(context) {
        innerFoundRow = true
        return row
      }
      if isInnerOpen, !innerFoundRow, var row = current {
        isInnerOpen = false
        current = nil
        for slot in introduced { row[slot] = .null }
        return row
      }
      guard let row = try input.next(context) else { return nil }
      try context.checkProgress()
      current = row
      try inner.open(row, context)
      isInnerOpen = true
      innerFoundRow = false
    }
  }
}
