import GraphModel
import GraphStore

/// Binds a slot to the nodes whose indexed property equals a value, for each input row.
final class NodeIndexSeekOperator: FlatMapOperator {
  private let slot: Int
  private let label: String
  private let key: String
  private let value: Evaluator

  init(
    input: any PhysicalOperator, slot: Int, label: String, key: String, value: @escaping Evaluator
  ) {
    self.slot = slot
    self.label = label
    self.key = key
    self.value = value
    super.init(input: input)
  }

  override func expand(_ row: Row, _ context: ExecutionContext) throws -> [Row] {
    // Only a storable value can equal a property; anything else (null, a map, a node) matches
    // nothing, as `n.key = value` would be null or false.
    guard let sought = try value(row, context).propertyValue else { return [] }
    var output = row
    return try context.transaction.nodes(withLabel: label, key: key, matching: .equal(sought)).map {
      output[slot] = .node($0)
      return output
    }
  }
}
