import GraphModel

/// What the seeks share: for each input row, binds a slot to the nodes found for each value
/// sought, each node once — or to every node (with the label) on a row where the seek's
/// condition for scanning holds. Subclasses say which nodes a value finds.
class NodeSeekOperator: FlatMapOperator {
  /// The label the nodes must have, if any.
  let label: String?
  private let target: SeekTarget

  init(input: any PhysicalOperator, slot: Int, label: String?, target: SeekTarget) {
    self.label = label
    self.target = target
    super.init(input: input, boundSlots: [slot])
  }

  /// The nodes with the label that `value` finds.
  func nodes(for value: RuntimeValue, _ context: ExecutionContext) throws -> [NodeID] { [] }

  override final func expand(
    _ row: Row, into bindings: inout [RuntimeValue], _ context: ExecutionContext
  ) throws {
    switch try target.sought(on: row, context) {
    case .everyNode:
      try NodeScanOperator.appendNodes(withLabel: label, to: &bindings, context)
    case .values(let values):
      var seen: Set<NodeID> = []
      for value in values {
        for node in try nodes(for: value, context) where seen.insert(node).inserted {
          bindings.append(.node(node))
        }
      }
    }
  }
}
