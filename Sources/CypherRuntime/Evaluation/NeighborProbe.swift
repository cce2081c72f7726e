import CypherPlanner
import GraphModel

/// A subquery of one hop from a bound node — `EXISTS`, `COUNT` or a pattern comprehension —
/// run straight over the adjacency list: it binds each relationship and far node, checks the
/// predicates, and hands the row on, without opening the nested plan's operators or building a
/// row per relationship first; `EXISTS` stops at the first match (a semi-join).
///
/// The bindings go into a `ScratchRow`, into which each call copies only the slots of the
/// outer row that the predicates and the projection read.
final class NeighborProbe {
  private let from: Int
  /// The relationship's slot; nil when nothing reads the relationship.
  private let relationship: Int?
  private let to: Int
  private let step: RelationshipStep
  private let predicates: [Evaluator]
  /// The row the predicates and the projection run on.
  private let scratch: ScratchRow

  init(
    from: Int, relationship: Int?, to: Int, step: RelationshipStep, predicates: [Evaluator],
    scratch: ScratchRow
  ) {
    self.from = from
    self.relationship = relationship
    self.to = to
    self.step = step
    self.predicates = predicates
    self.scratch = scratch
  }

  /// Whether the hop from `row`'s node reaches a node for which every predicate is true.
  func hasMatch(_ row: Row, _ context: ExecutionContext) throws -> Bool {
    try firstMatch(row, context) { _ in true }
  }

  /// How many relationships from `row`'s node reach a node for which every predicate is true.
  func count(_ row: Row, _ context: ExecutionContext) throws -> Int {
    var count = 0
    _ = try firstMatch(row, context) { _ in
      count += 1
      return false
    }
    return count
  }

  /// Calls `body` with the row as each match binds it.
  func forEachMatch(_ row: Row, _ context: ExecutionContext, _ body: (Row) throws -> Void) throws {
    _ = try firstMatch(row, context) {
      try body($0)
      return false
    }
  }

  /// Hands each match's row to `accept` until it returns true; whether it did.
  private func firstMatch(
    _ row: Row, _ context: ExecutionContext, _ accept: (Row) throws -> Bool
  ) throws -> Bool {
    guard case .node(let node) = row[from] else { return false }
    return try scratch.use(with: row) { probe in
      guard let relationshipSlot = relationship else {
        return try step.contains(of: node, context) { neighbor in
          try holds(on: &probe, for: neighbor, context) && accept(probe)
        }
      }
      return try step.contains(of: node, context) { relationship, neighbor in
        probe[relationshipSlot] = .relationship(relationship)
        return try holds(on: &probe, for: neighbor, context) && accept(probe)
      }
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
