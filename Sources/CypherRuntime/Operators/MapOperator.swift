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
    // column's value will take over; the buffer is reused from row to row.
    let values = ValueBuffer()
    return MapOperator(input: input, writing: columns.map(\.slot)) { row, context in
      values.removeAll()
      for column in columns { values.append(try column.value(row, context)) }
      for (index, column) in columns.enumerated() { row[column.slot] = values[index] }
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

/// A list of values kept by a compiled closure and reused for every row it handles; used by
/// one running query, so exempt from run-time exclusivity checks like `FlatMapOperator`.
final class ValueBuffer {
  @exclusivity(unchecked) private var values: [RuntimeValue] = []

  func removeAll() { values.removeAll(keepingCapacity: true) }
  func append(_ value: RuntimeValue) { values.append(value) }
  subscript(index: Int) -> RuntimeValue { values[index] }
}
