import GraphModel
import GraphStore

/// Binds a slot to the nodes whose indexed property equals a value — or, for `IN`, any element
/// of a list — for each input row; to every node with the label where the seek's condition for
/// scanning holds.
final class NodeIndexSeekOperator: FlatMapOperator {
  private let label: String
  private let key: String
  private let target: SeekTarget

  init(
    input: any PhysicalOperator, slot: Int, label: String, key: String, target: SeekTarget
  ) {
    self.label = label
    self.key = key
    self.target = target
    super.init(input: input, boundSlots: [slot])
  }

  override func expand(
    _ row: Row, into bindings: inout [RuntimeValue], _ context: ExecutionContext
  ) throws {
    switch try target.sought(on: row, context) {
    case .everyNode:
      try NodeScanOperator.appendNodes(withLabel: label, to: &bindings, context)
    case .values(let candidates):
      var seen: Set<NodeID> = []
      // Only a storable value can equal a property; anything else (null, a map, a node)
      // matches nothing, as `n.key = value` would be null or false.
      for candidate in candidates {
        guard let sought = candidate.propertyValue else { continue }
        for node in try context.transaction.nodes(
          withLabel: label, key: key, matching: .equal(sought))
        where seen.insert(node).inserted {
          bindings.append(.node(node))
        }
      }
    }
  }
}
