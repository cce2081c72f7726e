import GraphModel
import GraphStore

/// Binds a slot to the nodes whose indexed property equals a value — or, for `IN`, any element
/// of a list — for each input row.
final class NodeIndexSeekOperator: FlatMapOperator {
  private let label: String
  private let key: String
  private let value: Evaluator
  private let isList: Bool

  init(
    input: any PhysicalOperator, slot: Int, label: String, key: String,
    value: @escaping Evaluator, isList: Bool
  ) {
    self.label = label
    self.key = key
    self.value = value
    self.isList = isList
    super.init(input: input, boundSlots: [slot])
  }

  override func expand(
    _ row: Row, into bindings: inout [RuntimeValue], _ context: ExecutionContext
  ) throws {
    var seen: Set<NodeID> = []
    // Only a storable value can equal a property; anything else (null, a map, a node) matches
    // nothing, as `n.key = value` would be null or false.
    for candidate in try SeekCandidates.values(try value(row, context), isList: isList) {
      guard let sought = candidate.propertyValue else { continue }
      for node in try context.transaction.nodes(
        withLabel: label, key: key, matching: .equal(sought))
      where seen.insert(node).inserted {
        bindings.append(.node(node))
      }
    }
  }
}
