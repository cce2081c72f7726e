/// A physical operator: pulls rows from its input and hands out its own, one per `next(_:_:)`.
///
/// `open(_:_:)` (re)starts the operator for an argument row — the empty row at the top of a
/// query, or the current outer row for a nested plan — and passes it down to the leaf.
///
/// A pipeline shares one row buffer: the consumer passes its buffer to `next(_:_:)`, each
/// operator on the way down passes it on to its input, and on the way back each writes the
/// slots it binds into it. Nothing is copied unless a consumer keeps the row (a sort, an
/// aggregate), which costs one copy of the buffer then.
protocol PhysicalOperator: AnyObject {
  func open(_ argument: Row, _ context: ExecutionContext) throws
  /// Makes `row` the next row and returns true, or returns false when there are no more.
  ///
  /// On entry `row` holds whatever the consumer last left in it; on return with true every
  /// slot of the operator's output is set.
  func next(_ row: inout Row, _ context: ExecutionContext) throws -> Bool
}

extension PhysicalOperator {
  /// Runs the operator as a nested plan on `argument`: opens it and calls `body` with each row
  /// it makes, pulled through a buffer of its own, until `body` returns false.
  func forEachRow(on argument: Row, _ context: ExecutionContext, _ body: (Row) throws -> Bool)
    throws
  {
    try open(argument, context)
    var row: Row = []
    while try next(&row, context), try body(row) {}
  }
}

/// The leaf of every pipeline: hands out its argument row once.
final class ArgumentOperator: PhysicalOperator {
  private let layout: SlotLayout
  @exclusivity(unchecked) private var argument: Row?

  init(layout: SlotLayout) { self.layout = layout }

  func open(_ argument: Row, _ context: ExecutionContext) throws {
    var row = argument
    if row.count < layout.width {
      row.append(contentsOf: repeatElement(.null, count: layout.width - row.count))
    }
    self.argument = row
  }

  func next(_ row: inout Row, _ context: ExecutionContext) throws -> Bool {
    guard let argument else { return false }
    // Handed over, not shared, so the first write into the row copies nothing.
    row = argument
    self.argument = nil
    return true
  }
}

/// An operator with one input, which it opens with the same argument.
class PipelineOperator: PhysicalOperator {
  let input: any PhysicalOperator

  init(input: any PhysicalOperator) { self.input = input }

  func open(_ argument: Row, _ context: ExecutionContext) throws {
    try input.open(argument, context)
  }

  func next(_ row: inout Row, _ context: ExecutionContext) throws -> Bool {
    try input.next(&row, context)
  }
}

/// An operator that keeps every row of its input before it hands out any (a sort, an
/// aggregate, a write): it pulls them through a buffer of its own, and hands out the rows it
/// made, each moved into the consumer's buffer.
class DrainingOperator: PipelineOperator {
  @exclusivity(unchecked) private var rows: [Row] = []
  @exclusivity(unchecked) private var index = 0

  /// Calls `body` with each input row; the row may be kept.
  func forEachInputRow(_ context: ExecutionContext, _ body: (Row) throws -> Void) throws {
    var row: Row = []
    while try input.next(&row, context) {
      try context.checkProgress()
      try body(row)
    }
  }

  /// Makes `rows` what `next(_:_:)` hands out, in order.
  func handOut(_ rows: [Row]) {
    self.rows = rows
    index = 0
  }

  override func next(_ row: inout Row, _ context: ExecutionContext) throws -> Bool {
    guard index < rows.count else { return false }
    swap(&row, &rows[index])
    index += 1
    return true
  }
}

/// An operator that turns each input row into any number of output rows, which differ from
/// the input only in the slots it binds.
///
/// A subclass's `expand` lists the values of those slots for each output row; `next(_:_:)`
/// writes them into the shared row. Between two outputs of one input row the operators after
/// this one may have written other slots of it — a projection may reuse the slot of a variable
/// this part of the pipeline still reads — so those slots (`restores(_:)`, noted by `Lowering`)
/// are set back first.
///
/// Its state is exempt from Swift's run-time exclusivity checks (`@exclusivity(unchecked)`),
/// which cost one call per use of a property on every row: an operator belongs to one running
/// query, on one thread, and no method lets out access to its state while another uses it.
class FlatMapOperator: PipelineOperator {
  /// The slots each output row sets, in the order `expand` lists their values.
  let boundSlots: [Int]
  /// The slots operators after this one write into the shared row (see `PhysicalOperator`):
  /// set back to the input row's values before each output after the input row's first.
  @exclusivity(unchecked) private var restoredSlots: [Int] = []
  @exclusivity(unchecked) private var restoredValues: [RuntimeValue] = []
  @exclusivity(unchecked) private var bindings: [RuntimeValue] = []
  @exclusivity(unchecked) private var nextBinding = 0

  init(input: any PhysicalOperator, boundSlots: [Int]) {
    precondition(!boundSlots.isEmpty, "a FlatMapOperator binds at least one slot")
    self.boundSlots = boundSlots
    super.init(input: input)
  }

  /// Notes that an operator after this one writes `slots` into the shared row.
  func restores(_ slots: [Int]) {
    for slot in slots where !boundSlots.contains(slot) && !restoredSlots.contains(slot) {
      restoredSlots.append(slot)
    }
  }

  override func open(_ argument: Row, _ context: ExecutionContext) throws {
    bindings.clear()
    nextBinding = 0
    try super.open(argument, context)
  }

  /// Appends to `bindings`, for each row `row` becomes, the values of the bound slots in order.
  func expand(_ row: Row, into bindings: inout [RuntimeValue], _ context: ExecutionContext)
    throws
  {}

  /// How many output rows `bindings` holds.
  func rowCount(_ bindings: [RuntimeValue]) -> Int { bindings.count / boundSlots.count }

  override func next(_ row: inout Row, _ context: ExecutionContext) throws -> Bool {
    if nextBinding < bindings.count {
      var index = 0
      while index < restoredValues.count {
        row[restoredSlots[index]] = restoredValues[index]
        index += 1
      }
    } else {
      repeat {
        guard try input.next(&row, context) else { return false }
        try context.checkProgress()
        bindings.clear()
        nextBinding = 0
        try expand(row, into: &bindings, context)
      } while bindings.isEmpty
      restoredValues.clear()
      for slot in restoredSlots { restoredValues.append(row[slot]) }
    }
    // Each binding is used once: swapped into its slot rather than copied (a retain, and a
    // release of the value it replaces); the replaced value goes when `bindings` is cleared.
    for slot in boundSlots {
      swap(&row[slot], &bindings[nextBinding])
      nextBinding += 1
    }
    return true
  }
}
