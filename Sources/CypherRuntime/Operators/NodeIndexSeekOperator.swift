import GraphModel
import GraphStore

/// Binds a slot to the nodes whose indexed property equals a value — or, for `IN`, any element
/// of a list — for each input row; to every node with the label where the seek's condition for
/// scanning holds.
final class NodeIndexSeekOperator: NodeSeekOperator {
  private let key: String

  init(
    input: any PhysicalOperator, slot: Int, label: String, key: String, target: SeekTarget
  ) {
    self.key = key
    super.init(input: input, slot: slot, label: label, target: target)
  }

  /// Only a storable value can equal a property; anything else (null, a map, a node) finds
  /// nothing, as `n.key = value` would be null or false.
  override func nodes(for value: RuntimeValue, _ context: ExecutionContext) throws -> [NodeID] {
    guard let label, let sought = value.propertyValue else { return [] }
    return try context.transaction.nodes(withLabel: label, key: key, matching: .equal(sought))
  }
}
