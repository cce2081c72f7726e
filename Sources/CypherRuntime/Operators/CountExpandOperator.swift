import GraphModel

/// Binds a slot to the number of relationships a one-hop step follows from the node in
/// another slot, read from the adjacency list without making a row per relationship; a node
/// with none makes no row.
final class CountExpandOperator: FlatMapOperator {
  private let from: Int
  private let step: RelationshipStep

  init(input: any PhysicalOperator, from: Int, count: Int, step: RelationshipStep) {
    self.from = from
    self.step = step
    super.init(input: input, boundSlots: [count])
  }

  override func expand(
    _ row: Row, into bindings: inout [RuntimeValue], _ context: ExecutionContext
  ) throws {
    guard case .node(let node) = row[from] else { return }
    let count = try step.count(of: node, context)
    if count > 0 { bindings.append(.integer(Int64(count))) }
  }
}
