/// How rows are ordered: the sort keys, each ascending or descending, by ORDER BY's total
/// order.
struct RowOrder {
  let keys: [(value: Evaluator, isDescending: Bool)]

  /// The row with its sort keys computed once.
  func keyed(_ row: Row, _ context: ExecutionContext) throws -> (keys: [RuntimeValue], row: Row) {
    (try keys.map { try $0.value(row, context) }, row)
  }

  /// Whether `row` comes before a row with keys `bound` (ties do not), its keys left in
  /// `values`: the keys are evaluated in turn, each once, and none past the one that shows the
  /// row comes after. `values` is the caller's to reuse, so a row that loses allocates nothing.
  func keys(
    of row: Row, ifPreceding bound: [RuntimeValue], into values: inout [RuntimeValue],
    _ context: ExecutionContext
  ) throws -> Bool {
    values.clear()
    var precedes = false
    for (index, key) in keys.enumerated() {
      let value = try key.value(row, context)
      if !precedes {
        let order = Orderability.compare(value, bound[index])
        if order != 0 {
          guard key.isDescending ? order > 0 : order < 0 else { return false }
          precedes = true
        }
      }
      values.append(value)
    }
    return precedes
  }

  /// Whether keys `left` come before keys `right` (ties do not).
  func precedes(_ left: [RuntimeValue], _ right: [RuntimeValue]) -> Bool {
    compare(left, right, fromKey: 0) < 0
  }

  /// Negative when keys `left` come before keys `right`, positive when after, 0 when they tie:
  /// the keys from `firstKey` on, the first element of each array being key `firstKey`'s.
  func compare(_ left: [RuntimeValue], _ right: [RuntimeValue], fromKey firstKey: Int) -> Int {
    for (index, key) in keys[firstKey...].enumerated() {
      let order = Orderability.compare(left[index], right[index])
      if order != 0 { return key.isDescending ? -order : order }
    }
    return 0
  }

  /// The positions of `keyed` — each row's keys from `firstKey` on — in order of those keys;
  /// rows that tie keep their order.
  func positions(of keyed: [[RuntimeValue]], fromKey firstKey: Int) -> [Int] {
    // Swift's sort is not stable; the position breaks ties.
    keyed.indices.sorted { a, b in
      let order = compare(keyed[a], keyed[b], fromKey: firstKey)
      return order != 0 ? order < 0 : a < b
    }
  }
}

/// ORDER BY: reads all its input, then hands it out sorted (stable for equal keys).
///
/// A row waits in the sort holding only the slots read after it (the variables in scope), not
/// the whole shared row, which it would otherwise have to copy. Only the first key is computed
/// for every row, and the rows are sorted by it; the other keys are computed for a run of rows
/// that tie on the first when that run is handed out. Rows with a first key of their own never
/// compute the rest, and a consumer that stops early (a saved query read row by row) never pays
/// for the later keys of rows it did not take.
final class SortOperator: DrainingOperator {
  private let order: RowOrder
  /// The slots kept for each row: those of the variables in scope at the sort.
  private let keptSlots: [Int]
  private let layout: SlotLayout
  /// The input rows' kept slots, `keptSlots.count` values a row, in input order.
  @exclusivity(unchecked) private var kept: [RuntimeValue] = []
  /// The input rows' first keys with their rows' positions in input order, in order of the keys.
  @exclusivity(unchecked) private var byFirstKey: [(key: RuntimeValue, row: Int)] = []
  /// Where in `byFirstKey` the run handed out next starts.
  @exclusivity(unchecked) private var nextRun = 0
  /// The run of rows being handed out (those that tie on the first key), in order, and the
  /// next to hand out.
  @exclusivity(unchecked) private var run: [Int] = []
  @exclusivity(unchecked) private var runIndex = 0

  init(input: any PhysicalOperator, order: RowOrder, keptSlots: [Int], layout: SlotLayout) {
    self.order = order
    self.keptSlots = keptSlots
    self.layout = layout
    super.init(input: input)
  }

  override func open(_ argument: Row, _ context: ExecutionContext) throws {
    try super.open(argument, context)
    (run, runIndex) = ([], 0)
    var firstKeys: [RuntimeValue] = []
    kept.removeAll(keepingCapacity: true)
    try forEachInputRow(context) { row in
      firstKeys.append(try order.keys[0].value(row, context))
      for slot in keptSlots { kept.append(row[slot]) }
      try context.checkHeld(firstKeys.count)
    }
    byFirstKey = Self.positions(of: firstKeys, descending: order.keys[0].isDescending).map {
      (firstKeys[$0], $0)
    }
    nextRun = 0
  }

  override func next(_ row: inout Row, _ context: ExecutionContext) throws -> Bool {
    if runIndex == run.count {
      guard nextRun < byFirstKey.count else {
        // Handed out in full: the rows it held go now, not when it next opens (a finished
        // run's operators wait idle in the prepared query).
        (kept, byFirstKey) = ([], [])
        return false
      }
      try startNextRun(context)
    }
    if row.count < layout.width { row = layout.emptyRow() }
    restore(run[runIndex], into: &row)
    runIndex += 1
    return true
  }

  /// Makes the next run of rows that tie on the first key the one handed out, ordered by the
  /// other keys, computed now.
  private func startNextRun(_ context: ExecutionContext) throws {
    let start = nextRun
    nextRun += 1
    while nextRun < byFirstKey.count,
      Orderability.compare(byFirstKey[nextRun].key, byFirstKey[start].key) == 0
    {
      nextRun += 1
    }
    run.removeAll(keepingCapacity: true)
    for index in start..<nextRun { run.append(byFirstKey[index].row) }
    runIndex = 0
    guard run.count > 1 && order.keys.count > 1 else { return }
    var scratch = layout.emptyRow()
    let laterKeys = try run.map { position in
      restore(position, into: &scratch)
      return try order.keys.dropFirst().map { try $0.value(scratch, context) }
    }
    run = order.positions(of: laterKeys, fromKey: 1).map { run[$0] }
  }

  /// Writes the kept values of the input row at `position` back into their slots of `row`.
  private func restore(_ position: Int, into row: inout Row) {
    let start = position * keptSlots.count
    for (index, slot) in keptSlots.enumerated() { row[slot] = kept[start + index] }
  }

  /// The positions of `keys` in their order, ties in position order (Swift's sort is not
  /// stable). Keys that are all numbers — floats but NaN, integers a `Double` holds exactly, as
  /// scores usually are — are compared as plain `Double`s, without `Orderability`'s dispatch.
  private static func positions(of keys: [RuntimeValue], descending: Bool) -> [Int] {
    if let numbers = plainNumbers(keys) {
      return numbers.indices.sorted { a, b in
        let (x, y) = (numbers[a], numbers[b])
        return x != y ? (descending ? x > y : x < y) : a < b
      }
    }
    return keys.indices.sorted { a, b in
      let comparison = Orderability.compare(keys[a], keys[b])
      return comparison != 0 ? (descending ? comparison > 0 : comparison < 0) : a < b
    }
  }

  /// `keys` as `Double`s ordering as they do, or nil when one is not such a number.
  private static func plainNumbers(_ keys: [RuntimeValue]) -> [Double]? {
    var numbers: [Double] = []
    numbers.reserveCapacity(keys.count)
    for key in keys {
      switch key {
      case .float(let number) where !number.isNaN: numbers.append(number)
      case .integer(let integer) where integer.magnitude <= 1 << 53:
        numbers.append(Double(integer))
      default: return nil
      }
    }
    return numbers
  }
}
