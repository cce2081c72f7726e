import GraphModel

/// Binds a slot to every node, or every node with a label, for each input row.
final class NodeScanOperator: FlatMapOperator {
  private let label: String?

  init(input: any PhysicalOperator, slot: Int, label: String?) {
    self.label = label
    super.init(input: input, boundSlots: [slot])
  }

  override func expand(
    _ row: Row, into bindings: inout [RuntimeValue], _ context: ExecutionContext
  ) throws {
    try Self.appendNodes(withLabel: label, to: &bindings, context)
  }

  /// Appends every node, or every node with `label`, in id order.
  static func appendNodes(
    withLabel label: String?, to bindings: inout [RuntimeValue], _ context: ExecutionContext
  ) throws {
    if let label {
      try context.transaction.forEachNodeID(withLabel: label) { bindings.append(.node($0)) }
    } else {
      try context.transaction.forEachNodeID { bindings.append(.node($0)) }
    }
  }
}
