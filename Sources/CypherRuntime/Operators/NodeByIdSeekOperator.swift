import CypherPlanner
import GraphModel

/// Binds a slot to the nodes named by an id — or each id of a list — that exist and have the
/// label, if any, for each input row: each node once, in the order the ids come. Where the
/// seek's condition for scanning holds, binds every node (with the label) instead.
final class NodeByIdSeekOperator: FlatMapOperator {
  private let label: String?
  private let identifier: NodeIdentifier
  private let target: SeekTarget

  init(
    input: any PhysicalOperator, slot: Int, label: String?, identifier: NodeIdentifier,
    target: SeekTarget
  ) {
    self.label = label
    self.identifier = identifier
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
      for candidate in candidates {
        guard let node = nodeID(candidate), seen.insert(node).inserted,
          try context.transaction.nodeExists(node)
        else { continue }
        if let label, try !context.labels(of: node).contains(label) { continue }
        bindings.append(.node(node))
      }
    }
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
