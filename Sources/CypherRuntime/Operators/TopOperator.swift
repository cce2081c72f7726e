/// ORDER BY with LIMIT: keeps only the best `limit` rows seen so far, in order, so it holds
/// `limit` rows rather than the whole input.
final class TopOperator: DrainingOperator {
  private let order: RowOrder
  private let limit: Evaluator

  init(input: any PhysicalOperator, order: RowOrder, limit: @escaping Evaluator) {
    self.order = order
    self.limit = limit
    super.init(input: input)
  }

  override func open(_ argument: Row, _ context: ExecutionContext) throws {
    try super.open(argument, context)
    let count = try RowCount.evaluate(limit, argument, context, clause: "LIMIT")
    handOut([])
    guard count > 0 else { return }
    var kept: [(keys: [RuntimeValue], row: Row)] = []
    var keys: [RuntimeValue] = []
    try forEachInputRow(context) { row in
      let candidate: (keys: [RuntimeValue], row: Row)
      if kept.count == count, let last = kept.last {
        // Once full, most rows lose to the last kept on their first key: the rest go unread.
        guard try order.keys(of: row, ifPreceding: last.keys, into: &keys, context) else {
          return
        }
        candidate = (keys, row)
      } else {
        candidate = try order.keyed(row, context)
      }
      // After every kept row with keys not after the candidate's: stable for ties.
      // Searched by position: an element passed to the test would be copied, row and all.
      let position = kept.indices.partitioningIndex {
        order.precedes(candidate.keys, kept[$0].keys)
      }
      kept.insert(candidate, at: position)
      if kept.count > count { kept.removeLast() }
    }
    handOut(kept.map(\.row))
  }
}
