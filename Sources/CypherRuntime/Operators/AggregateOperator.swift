/// Groups its input by the key expressions and computes the aggregates per group; emits one
/// row per group (one row in all when there are no keys, even for no input).
final class AggregateOperator: DrainingOperator {
  struct Aggregate {
    let function: AggregateFunction
    let arguments: [Evaluator]
    let slot: Int
  }

  private let keys: [(slot: Int, value: Evaluator)]
  private let aggregates: [Aggregate]
  private let layout: SlotLayout

  init(
    input: any PhysicalOperator, keys: [(slot: Int, value: Evaluator)], aggregates: [Aggregate],
    layout: SlotLayout
  ) {
    self.keys = keys
    self.aggregates = aggregates
    self.layout = layout
    super.init(input: input)
  }

  override func open(_ argument: Row, _ context: ExecutionContext) throws {
    try super.open(argument, context)
    var groups: [[GroupingKey]: Int] = [:]
    var states: [(keys: [RuntimeValue], aggregators: [any Aggregator])] = []
    // Buffers reused from row to row: only a new group keeps a copy of the key.
    var values: [RuntimeValue] = []
    var groupKey: [GroupingKey] = []
    var arguments: [RuntimeValue] = []
    // Without keys there is one group, made before the first row, whatever the input.
    if keys.isEmpty { states.append(([], try aggregates.map { try $0.function.makeAggregator() })) }
    try forEachInputRow(context) { row in
      var index = 0
      if !keys.isEmpty {
        values.clear()
        groupKey.clear()
        for key in keys {
          let value = try key.value(row, context)
          values.append(value)
          groupKey.append(GroupingKey(value: value))
        }
        if let existing = groups[groupKey] {
          index = existing
        } else {
          index = states.count
          groups[groupKey] = index
          states.append((values, try aggregates.map { try $0.function.makeAggregator() }))
          try context.checkHeld(states.count)
        }
      }
      for position in aggregates.indices {
        arguments.clear()
        for argument in aggregates[position].arguments {
          arguments.append(try argument(row, context))
        }
        if !aggregates[position].function.countsRows && (arguments.first?.isNull ?? true) {
          continue
        }
        try states[index].aggregators[position].add(arguments)
      }
    }
    var results: [Row] = []
    for state in states {
      var row = layout.emptyRow()
      for (key, value) in zip(keys, state.keys) { row[key.slot] = value }
      for (aggregate, aggregator) in zip(aggregates, state.aggregators) {
        row[aggregate.slot] = try aggregator.result()
      }
      results.append(row)
    }
    handOut(results)
  }
}
