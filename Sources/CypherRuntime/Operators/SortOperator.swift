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
    values.removeAll(keepingCapacity: true)
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

  func precedes(_ left: [RuntimeValue], _ right: [RuntimeValue]) -> Bool {
    for (index, key) in keys.enumerated() {
      let order = Orderability.compare(left[index], right[index])
      if order != 0 { return key.isDescending ? order > 0 : order < 0 }
    }
    return false
  }
}

/// ORDER BY: reads all its input, then hands it out sorted (stable for equal keys).
final class SortOperator: DrainingOperator {
  private let order: RowOrder

  init(input: any PhysicalOperator, order: RowOrder) {
    self.order = order
    super.init(input: input)
  }

  override func open(_ argument: Row, _ context: ExecutionContext) throws {
    try super.open(argument, context)
    var keyed: [(keys: [RuntimeValue], row: Row)] = []
    try forEachInputRow(context) { row in
      keyed.append(try order.keyed(row, context))
      try context.checkHeld(keyed.count)
    }
    // Swift's sort is not stable; the input position breaks ties.
    handOut(
      keyed.enumerated().sorted { a, b in
        if order.precedes(a.element.keys, b.element.keys) { return true }
        if order.precedes(b.element.keys, a.element.keys) { return false }
        return a.offset < b.offset
      }.map(\.element.row))
  }
}
