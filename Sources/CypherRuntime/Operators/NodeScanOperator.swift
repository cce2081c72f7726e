import GraphModel

/// Binds a slot to every node, or every node with a label, for each input row.
final class NodeScanOperator: FlatMapOperator {
  private let slot: Int
  private let label: String?

  init(input: any PhysicalOperator, slot: Int, label: String?) {
    self.slot = slot
    self.label = label
    super.init(input: input)
  }

  override func expand(_ row: Row, _ context: ExecutionContext) throws -> [Row] {
    var rows: [Row] = []
    var output = row
    let body: (NodeID) throws -> Void = { id in
      output[self.slot] = .node(id)
      rows.append(output)
    }
    if let label {
      try context.transaction.forEachNodeID(withLabel: label, body)
    } else {
      try context.transaction.forEachNodeID(body)
    }
    return rows
  }
}
