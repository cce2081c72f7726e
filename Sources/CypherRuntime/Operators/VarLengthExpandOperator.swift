import GraphModel

/// Follows paths of `minimum`…`maximum` relationships from the node in one slot, never using a
/// relationship twice, binding the list of relationships and the node reached.
final class VarLengthExpandOperator: FlatMapOperator {
  struct Bounds {
    let minimum: Int
    /// nil for no upper bound (then the query's depth limit applies).
    let maximum: Int?
  }

  private let slots: ExpandOperator.Slots
  private let step: RelationshipStep
  private let bounds: Bounds
  private let isInto: Bool
  private let isReversed: Bool
  /// The property map every relationship must match.
  private let properties: Evaluator?

  init(
    input: any PhysicalOperator, slots: ExpandOperator.Slots, step: RelationshipStep,
    bounds: Bounds, isInto: Bool, isReversed: Bool, properties: Evaluator?
  ) {
    self.slots = slots
    self.step = step
    self.bounds = bounds
    self.isInto = isInto
    self.isReversed = isReversed
    self.properties = properties
    super.init(input: input, boundSlots: [slots.relationship, slots.to])
  }

  override func expand(
    _ row: Row, into bindings: inout [RuntimeValue], _ context: ExecutionContext
  ) throws {
    guard case .node(let from) = row[slots.from] else { return }
    let target: NodeID? = isInto ? row[slots.to].nodeID : nil
    if isInto && target == nil { return }
    var required: [String: RuntimeValue] = [:]
    if let properties {
      guard case .map(let map) = try properties(row, context) else { return }
      required = map
    }
    let maximum = bounds.maximum ?? Int.max
    // The relationships of the path so far: short, so a relationship is looked for in it
    // rather than in a set beside it.
    var path: [RelationshipReference] = []

    func visit(_ node: NodeID) throws {
      try context.checkProgress()
      if path.count >= bounds.minimum && (target == nil || target == node) {
        let list = (isReversed ? path.reversed() : path).map { RuntimeValue.relationship($0) }
        bindings.append(.list(list))
        bindings.append(.node(node))
        try context.checkHeld(rowCount(bindings))
      }
      guard path.count < maximum else { return }
      if path.count >= context.limits.maximumDepth {
        throw ExecutionError(
          .limitExceeded, "DepthLimit",
          "A variable-length pattern went deeper than \(context.limits.maximumDepth) relationships")
      }
      var steps: [(RelationshipReference, NodeID)] = []
      try step.forEachRelationship(of: node, context) { steps.append(($0, $1)) }
      for (relationship, neighbor) in steps
      where !path.contains(where: { $0.id == relationship.id }) {
        if RelationshipUniqueness.isUsed(relationship, in: row, slots: slots.distinctFrom) {
          continue
        }
        if !required.isEmpty, try !matches(relationship, required, context) { continue }
        path.append(relationship)
        try visit(neighbor)
        path.removeLast()
      }
    }
    try visit(from)
  }

  private func matches(
    _ relationship: RelationshipReference, _ required: [String: RuntimeValue],
    _ context: ExecutionContext
  ) throws -> Bool {
    for (key, value) in required {
      let actual = try context.property(key, of: .relationship(relationship))
      if Equality.equals(actual, value) != true { return false }
    }
    return true
  }
}
