/// The base of the operators that write: reads all its input before changing anything — so a
/// clause's reads never see its own writes — then applies `update` to each row in turn and
/// hands out the rows that produced.
class UpdatingOperator: PipelineOperator {
  private var results: [Row] = []
  private var index = 0

  override func open(_ argument: Row, _ context: ExecutionContext) throws {
    try super.open(argument, context)
    var rows: [Row] = []
    while let row = try input.next(context) {
      try context.checkProgress()
      rows.append(row)
      try context.checkHeld(rows.count)
    }
    results = []
    index = 0
    try prepare(rows, context)
    for row in rows {
      try context.checkProgress()
      results += try update(row, context)
    }
  }

  /// Called with all the input rows before any is updated.
  func prepare(_ rows: [Row], _ context: ExecutionContext) throws {}

  /// Applies the clause to one row; returns the rows it passes on.
  func update(_ row: Row, _ context: ExecutionContext) throws -> [Row] { [row] }

  override func next(_ context: ExecutionContext) throws -> Row? {
    guard index < results.count else { return nil }
    defer { index += 1 }
    return results[index]
  }
}
