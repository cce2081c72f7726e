import GraphModel

/// Follows the relationships of the node in one slot, binding the relationship and the node
/// at its other end — or, `into` a bound node, keeping only relationships that reach it. An
/// optional expand passes a row it finds nothing for on once, with both (the relationship
/// alone, `into`) null.
final class ExpandOperator: FlatMapOperator {
  struct Slots {
    let from: Int
    let relationship: Int
    let to: Int
    /// Relationships of the same pattern this one must differ from.
    let distinctFrom: [Int]
  }

  private let slots: Slots
  private let step: RelationshipStep
  private let isInto: Bool
  private let isOptional: Bool

  init(
    input: any PhysicalOperator, slots: Slots, step: RelationshipStep, isInto: Bool,
    isOptional: Bool = false
  ) {
    self.slots = slots
    self.step = step
    self.isInto = isInto
    self.isOptional = isOptional
    // Into a bound node, the node reached is that node: only the relationship is bound.
    super.init(
      input: input, boundSlots: isInto ? [slots.relationship] : [slots.relationship, slots.to])
  }

  override func expand(
    _ row: Row, into bindings: inout [RuntimeValue], _ context: ExecutionContext
  ) throws {
    try expandMatches(row, into: &bindings, context)
    if isOptional && bindings.isEmpty {
      bindings.append(.null)
      if !isInto { bindings.append(.null) }
    }
  }

  private func expandMatches(
    _ row: Row, into bindings: inout [RuntimeValue], _ context: ExecutionContext
  ) throws {
    guard case .node(let from) = row[slots.from] else { return }
    let target: NodeID? = isInto ? row[slots.to].nodeID : nil
    if isInto && target == nil { return }
    try step.forEachRelationship(of: from, reaching: target, context) { relationship, neighbor in
      if RelationshipUniqueness.isUsed(relationship, in: row, slots: slots.distinctFrom) { return }
      bindings.append(.relationship(relationship))
      if !isInto { bindings.append(.node(neighbor)) }
    }
  }
}

/// Relationship uniqueness within one MATCH: no relationship twice in the same pattern.
enum RelationshipUniqueness {
  static func isUsed(_ relationship: RelationshipReference, in row: Row, slots: [Int]) -> Bool {
    for slot in slots {
      switch row[slot] {
      case .relationship(let used) where used == relationship: return true
      case .list(let list) where list.contains(where: { $0.relationship == relationship }):
        return true
      default: continue
      }
    }
    return false
  }
}

extension RuntimeValue {
  var nodeID: NodeID? {
    if case .node(let id) = self { return id }
    return nil
  }

  var relationship: RelationshipReference? {
    if case .relationship(let relationship) = self { return relationship }
    return nil
  }
}
