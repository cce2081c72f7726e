import CypherPlanner
import GraphModel

/// `EXISTS` of one hop from a bound node, answered straight from the adjacency list: it binds
/// each relationship and far node and stops at the first for which every predicate holds — a
/// semi-join, where the nested plan would open its operators and expand every relationship
/// first.
///
/// The bindings go into a copy of the row; or, when the predicates read nothing but the far
/// node, into a scratch row the probe keeps, which costs no copy at all.
final class NeighborProbe {
  private let from: Int
  /// The relationship's slot; nil when no predicate reads the relationship.
  private let relationship: Int?
  private let to: Int
  private let step: RelationshipStep
  private let predicates: [Evaluator]
  private let width: Int
  /// The row the predicates run on when they read only the far node.
  private var scratch: Row?

  init(
    from: Int, relationship: Int?, to: Int, step: RelationshipStep, predicates: [Evaluator],
    width: Int, readsOnlyTheFarNode: Bool
  ) {
    self.from = from
    self.relationship = relationship
    self.to = to
    self.step = step
    self.predicates = predicates
    self.width = width
    if readsOnlyTheFarNode && relationship == nil {
      scratch = Row(repeating: .null, count: width)
    }
  }

  /// Whether the hop from `row`'s node reaches a node for which every predicate is true.
  func hasMatch(_ row: Row, _ context: ExecutionContext) throws -> Bool {
    guard case .node(let node) = row[from] else { return false }
    if var probe = scratch {
      scratch = nil
      defer { scratch = probe }
      return try step.contains(of: node, context) { neighbor in
        try holds(on: &probe, for: neighbor, context)
      }
    }
    var probe = row
    if probe.count < width {
      probe.append(contentsOf: repeatElement(.null, count: width - row.count))
    }
    guard let relationshipSlot = relationship else {
      return try step.contains(of: node, context) { try holds(on: &probe, for: $0, context) }
    }
    return try step.contains(of: node, context) { relationship, neighbor in
      probe[relationshipSlot] = .relationship(relationship)
      return try holds(on: &probe, for: neighbor, context)
    }
  }

  private func holds(on probe: inout Row, for neighbor: NodeID, _ context: ExecutionContext)
    throws -> Bool
  {
    probe[to] = .node(neighbor)
    for predicate in predicates where try Logic.truth(try predicate(probe, context)) != true {
      return false
    }
    return true
  }
}
