/// The base of the operators that write: reads all its input before changing anything — so a
/// clause's reads never see its own writes — then applies `update` to each row in turn and
/// hands out the rows that produced.
class UpdatingOperator: DrainingOperator {
  override func open(_ argument: Row, _ context: ExecutionContext) throws {
    try super.open(argument, context)
    var rows: [Row] = []
    try forEachInputRow(context) { row in
      rows.append(row)
      try context.checkHeld(rows.count)
    }
    try prepare(rows, context)
    var results: [Row] = []
    for row in rows {
      try context.checkProgress()
      results += try update(row, context)
    }
    handOut(results)
  }

  /// Called with all the input rows before any is updated.
  func prepare(_ rows: [Row], _ context: ExecutionContext) throws {}

  /// Applies the clause to one row; returns the rows it passes on.
  func update(_ row: Row, _ context: ExecutionContext) throws -> [Row] { [row] }
}
