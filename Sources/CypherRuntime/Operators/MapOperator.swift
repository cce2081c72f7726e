/// Changes each row as it passes: projections and named paths.
final class MapOperator: PipelineOperator {
  /// The slots `transform` sets.
  let writtenSlots: [Int]
  private let transform: (inout Row, ExecutionContext) throws -> Void

  init(
    input: any PhysicalOperator, writing writtenSlots: [Int],
    transform: @escaping (inout Row, ExecutionContext) throws -> Void
  ) {
    self.writtenSlots = writtenSlots
    self.transform = transform
    super.init(input: input)
  }

  override func next(_ row: inout Row, _ context: ExecutionContext) throws -> Bool {
    guard try input.next(&row, context) else { return false }
    try transform(&row, context)
    return true
  }

  /// Sets each slot to its expression's value, all computed from the incoming row.
  static func projection(input: any PhysicalOperator, _ columns: [(slot: Int, value: Evaluator)])
    -> MapOperator
  {
    if columns.count == 1 {
      let column = columns[0]
      return MapOperator(input: input, writing: [column.slot]) { row, context in
        row[column.slot] = try column.value(row, context)
      }
    }
    // Every value is computed before any is stored, since a column may read a slot that another
    // column's value will take over; the buffer is reused from row to row, each value swapped
    // into its slot (the slot's old value waits in the buffer until the next row replaces it).
    let values = ValueBuffer(count: columns.count)
    return MapOperator(input: input, writing: columns.map(\.slot)) { row, context in
      for index in columns.indices { values[index] = try columns[index].value(row, context) }
      for index in columns.indices { values.swap(index, with: &row[columns[index].slot]) }
    }
  }

  /// Binds a path through the node and relationship slots, in the order the pattern wrote
  /// them; null when any part is null (an OPTIONAL MATCH that found nothing).
  static func namedPath(input: any PhysicalOperator, slot: Int, elements: [Int]) -> MapOperator {
    MapOperator(input: input, writing: [slot]) { row, _ in
      guard case .node(let start) = row[elements[0]] else {
        row[slot] = .null
        return
      }
      var path = PathValue(nodes: [start], relationships: [])
      for index in stride(from: 1, to: elements.count, by: 2) {
        let steps: [RuntimeValue]
        switch row[elements[index]] {
        case .relationship: steps = [row[elements[index]]]
        case .list(let list): steps = list
        default:
          row[slot] = .null
          return
        }
        for case .relationship(let relationship) in steps {
          path.relationships.append(relationship)
          path.nodes.append(relationship.otherNode(than: path.nodes[path.nodes.count - 1]))
        }
      }
      row[slot] = .path(path)
    }
  }
}

/// Values kept by a compiled closure and reused for every row it handles, a fixed number of
/// them; used by one running query, so exempt from run-time exclusivity checks like
/// `FlatMapOperator`.
final class ValueBuffer {
  @exclusivity(unchecked) private var values: [RuntimeValue]

  init(count: Int) { values = Array(repeating: .null, count: count) }

  subscript(index: Int) -> RuntimeValue {
    get { values[index] }
    set { values[index] = newValue }
  }

  /// Exchanges the value at `index` with `value`, copying neither.
  func swap(_ index: Int, with value: inout RuntimeValue) { Swift.swap(&values[index], &value) }
}
