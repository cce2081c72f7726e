/// OPTIONAL MATCH: runs a nested plan on each row; a row it finds nothing for passes on once
/// with the nested plan's new variables null.
///
/// The nested plan writes into the same row buffer, so `introduced` must name every slot it
/// writes: a row it found nothing for is the input row with those set back to null.
final class OptionalOperator: PipelineOperator {
  private let inner: any PhysicalOperator
  private let introduced: [Int]
  // Unchecked as `FlatMapOperator`'s state is: one running query's, read on every row.
  @exclusivity(unchecked) private var isInnerOpen = false
  @exclusivity(unchecked) private var innerFoundRow = false

  init(input: any PhysicalOperator, inner: any PhysicalOperator, introduced: [Int]) {
    self.inner = inner
    self.introduced = introduced
    super.init(input: input)
  }

  override func open(_ argument: Row, _ context: ExecutionContext) throws {
    isInnerOpen = false
    try super.open(argument, context)
  }

  override func next(_ row: inout Row, _ context: ExecutionContext) throws -> Bool {
    while true {
      if isInnerOpen, try inner.next(&row, context) {
        innerFoundRow = true
        return true
      }
      if isInnerOpen, !innerFoundRow {
        isInnerOpen = false
        for slot in introduced { row[slot] = .null }
        return true
      }
      isInnerOpen = false
      guard try input.next(&row, context) else { return false }
      try context.checkProgress()
      try inner.open(row, context)
      isInnerOpen = true
      innerFoundRow = false
    }
  }
}
