/// Passes on a row only when its values in the given slots differ from every earlier row's.
final class DistinctOperator: PipelineOperator {
  private let slots: [Int]
  @exclusivity(unchecked) private var seen: Set<[GroupingKey]> = []

  init(input: any PhysicalOperator, slots: [Int]) {
    self.slots = slots
    super.init(input: input)
  }

  override func open(_ argument: Row, _ context: ExecutionContext) throws {
    seen = []
    try super.open(argument, context)
  }

  override func next(_ row: inout Row, _ context: ExecutionContext) throws -> Bool {
    while try input.next(&row, context) {
      try context.checkProgress()
      if seen.insert(slots.map { GroupingKey(value: row[$0]) }).inserted {
        try context.checkHeld(seen.count)
        return true
      }
    }
    return false
  }
}
