import CypherPlanner
import GraphModel

/// Binds a slot to the nodes named by an id — or each id of a list — that exist and have the
/// label, if any, for each input row: each node once, in the order the ids come. Where the
/// seek's condition for scanning holds, binds every node (with the label) instead.
final class NodeByIdSeekOperator: NodeSeekOperator {
  private let identifier: NodeIdentifier

  init(
    input: any PhysicalOperator, slot: Int, label: String?, identifier: NodeIdentifier,
    target: SeekTarget
  ) {
    self.identifier = identifier
    super.init(input: input, slot: slot, label: label, target: target)
  }

  override func nodes(for value: RuntimeValue, _ context: ExecutionContext) throws -> [NodeID] {
    guard let node = nodeID(value), try context.transaction.nodeExists(node) else { return [] }
    if let label, try !context.labels(of: node).contains(label) { return [] }
    return [node]
  }

  /// The node a value names, as `id(n) = value` or `elementId(n) = value` would find it: an
  /// integer (or a float equal to one) for `id`, the string `elementId` gives for `elementId`.
  private func nodeID(_ value: RuntimeValue) -> NodeID? {
    switch (identifier, value) {
    case (.id, .integer(let id)):
      return NodeID(id)
    case (.id, .float(let number)):
      guard let id = Int64(exactly: number) else { return nil }
      return NodeID(id)
    case (.elementId, .string(let text)):
      return ElementID.node(in: text)
    default:
      return nil
    }
  }
}
