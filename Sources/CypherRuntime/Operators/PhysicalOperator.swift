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

/// An operator that turns each input row into any number of output rows, which differ from
/// the input only in the slots it binds.
///
/// A subclass's `expand` lists the values of those slots for each output row; `next()` writes
/// them into the current row and hands it out. The row keeps its buffer from one output to the
/// next, so an output the consumer does not keep (a filter's reject, a row an aggregate has
/// read) costs no copy of the row.
///
/// Its state is exempt from Swift's run-time exclusivity checks (`@exclusivity(unchecked)`),
/// which cost one call per use of a property on every row: an operator belongs to one running
/// query, on one thread, and no method lets out access to its state while another uses it.
class FlatMapOperator: PipelineOperator {
  /// The slots each output row sets, in the order `expand` lists their values.
  private let boundSlots: [Int]
  @exclusivity(unchecked) private var current: Row = []
  @exclusivity(unchecked) private var bindings: [RuntimeValue] = []
  @exclusivity(unchecked) private var nextBinding = 0

  init(input: any PhysicalOperator, boundSlots: [Int]) {
    precondition(!boundSlots.isEmpty, "a FlatMapOperator binds at least one slot")
    self.boundSlots = boundSlots
    super.init(input: input)
  }

  override func open(_ argument: Row, _ context: ExecutionContext) throws {
    current = []
    bindings.removeAll(keepingCapacity: true)
    nextBinding = 0
    try super.open(argument, context)
  }

  /// Appends to `bindings`, for each row `row` becomes, the values of the bound slots in order.
  func expand(_ row: Row, into bindings: inout [RuntimeValue], _ context: ExecutionContext)
    throws
  {}

  /// How many output rows `bindings` holds.
  func rowCount(_ bindings: [RuntimeValue]) -> Int { bindings.count / boundSlots.count }

  override func next(_ context: ExecutionContext) throws -> Row? {
    while nextBinding == bindings.count {
      guard let row = try input.next(context) else { return nil }
      try context.checkProgress()
      bindings.removeAll(keepingCapacity: true)
      nextBinding = 0
      try expand(row, into: &bindings, context)
      current = row
    }
    for slot in boundSlots {
      current[slot] = bindings[nextBinding]
      nextBinding += 1
    }
    guard nextBinding == bindings.count else { return current }
    // The input row's last output: hand the row over rather than keep it, so a consumer that
    // changes it (a projection) owns the only reference and changes it without a copy.
    defer { current = [] }
    return current
  }
}
