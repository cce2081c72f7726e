/// A physical operator: pulls rows from its input and hands out its own, one per `next()`.
///
/// `open(_:_:)` (re)starts the operator for an argument row — the empty row at the top of a
/// query, or the current outer row for a nested plan — and passes it down to the leaf.
protocol PhysicalOperator: AnyObject {
  func open(_ argument: Row, _ context: ExecutionContext) throws
  /// The next row, or nil when there are no more.
  func next(_ context: ExecutionContext) throws -> Row?
}

/// The leaf of every pipeline: hands out its argument row once.
final class ArgumentOperator: PhysicalOperator {
  private let layout: SlotLayout
  private var argument: Row?

  init(layout: SlotLayout) { self.layout = layout }

  func open(_ argument: Row, _ context: ExecutionContext) throws {
    var row = argument
    if row.count < layout.width {
      row.append(contentsOf: repeatElement(.null, count: layout.width - row.count))
    }
    self.argument = row
  }

  func next(_ context: ExecutionContext) throws -> Row? {
    defer { argument = nil }
    return argument
  }
}

/// An operator with one input, which it opens with the same argument.
class PipelineOperator: PhysicalOperator {
  let input: any PhysicalOperator

  init(input: any PhysicalOperator) { self.input = input }

  func open(_ argument: Row, _ context: ExecutionContext) throws {
    try input.open(argument, context)
  }

  func next(_ context: ExecutionContext) throws -> Row? { try input.next(context) }
}

/// An operator that turns each input row into any number of output rows.
class FlatMapOperator: PipelineOperator {
  private var pending: [Row] = []
  private var pendingIndex = 0

  override func open(_ argument: Row, _ context: ExecutionContext) throws {
    pending = []
    pendingIndex = 0
    try super.open(argument, context)
  }

  /// The rows `row` becomes.
  func expand(_ row: Row, _ context: ExecutionContext) throws -> [Row] { [row] }

  override func next(_ context: ExecutionContext) throws -> Row? {
    while pendingIndex == pending.count {
      guard let row = try input.next(context) else { return nil }
      try context.checkProgress()
      pending = try expand(row, context)
      pendingIndex = 0
    }
    defer { pendingIndex += 1 }
    return pending[pendingIndex]
  }
}
