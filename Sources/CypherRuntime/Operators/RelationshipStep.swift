import GraphModel
import GraphStore

/// One hop's rule: which types, which direction; resolves type names to IDs once per query.
final class RelationshipStep {
  private let types: [String]
  private let direction: Direction
  /// The adjacency directions read: both for `.both`.
  private let sides: [Direction]
  /// The interned IDs of `types` once all are known (`[nil]`, every type, when `types` is empty).
  @exclusivity(unchecked) private var typeIDs: [Int64?]?

  init(types: [String], direction: Direction, targetLabels: [[String]] = []) {
    self.types = types
    self.direction = direction
    sides = direction == .both ? [.outgoing, .incoming] : [direction]
    self.targetLabels = LabelRequirement(targetLabels)
  }

  /// Labels the node at the other end must have.
  private let targetLabels: LabelRequirement

  /// Calls `body` with each matching relationship of `node` and the node at its other end —
  /// only those reaching `target` when there is one, passed over before their reference is
  /// made.
  func forEachRelationship(
    of node: NodeID, reaching target: NodeID? = nil, _ context: ExecutionContext,
    _ body: (RelationshipReference, NodeID) throws -> Void
  ) throws {
    _ = try containsNeighbor(of: node, context) { neighbor, side in
      if let target, neighbor.node != target { return false }
      try body(try reference(from: node, to: neighbor, side), neighbor.node)
      return false
    }
  }

  /// Whether `predicate` holds for a matching relationship of `node` (with the node at its
  /// other end); stops at the first that it holds for.
  func contains(
    of node: NodeID, _ context: ExecutionContext,
    where predicate: (RelationshipReference, NodeID) throws -> Bool
  ) throws -> Bool {
    try containsNeighbor(of: node, context) { neighbor, side in
      try predicate(try reference(from: node, to: neighbor, side), neighbor.node)
    }
  }

  /// The relationship of an adjacency entry of `node`, read on `side`.
  private func reference(from node: NodeID, to neighbor: Neighbor, _ side: Direction) throws
    -> RelationshipReference
  {
    let outgoing = side == .outgoing
    return try RelationshipReference(
      id: neighbor.relationship, start: outgoing ? node : neighbor.node,
      end: outgoing ? neighbor.node : node, typeID: neighbor.typeID)
  }

  /// Whether `predicate` holds for the far node of a matching relationship of `node`; stops
  /// at the first that it holds for.
  func contains(
    of node: NodeID, _ context: ExecutionContext, whereNeighbor predicate: (NodeID) throws -> Bool
  ) throws -> Bool {
    try containsNeighbor(of: node, context) { neighbor, _ in try predicate(neighbor.node) }
  }

  /// How many relationships `forEachRelationship(of:reaching:_:_:)` would call its body with.
  func count(of node: NodeID, _ context: ExecutionContext) throws -> Int {
    var count = 0
    _ = try containsNeighbor(of: node, context) { _, _ in
      count += 1
      return false
    }
    return count
  }

  /// Whether the step can be walked backwards, from the nodes it reaches: it has one direction.
  var isReversible: Bool { direction != .both }

  /// Walks a reversible step backwards from `targets`: calls `body` with the adjacency list, read
  /// from the target's side, of each target that passes the far-node label test — the
  /// relationships of the step that reach it, each with the node it comes from.
  func forEachAdjacency(
    reaching targets: [NodeID], _ context: ExecutionContext, _ body: ([Neighbor]) throws -> Void
  ) throws {
    precondition(isReversible, "a step of both directions is walked forwards")
    let transaction = context.transaction
    let backwards: Direction = direction == .outgoing ? .incoming : .outgoing
    for typeID in try resolvedTypeIDs(transaction) {
      for target in targets {
        if !targetLabels.isEmpty,
          try !targetLabels.isSatisfied(
            by: target, labelBits: context.labelBits(of: target), context)
        {
          continue
        }
        try body(try transaction.neighbors(of: target, direction: backwards, typeID: typeID))
      }
    }
  }

  /// Whether `predicate` holds for a matching adjacency entry of `node` (given the direction it
  /// was read in); stops at the first that it holds for.
  private func containsNeighbor(
    of node: NodeID, _ context: ExecutionContext,
    where predicate: (Neighbor, Direction) throws -> Bool
  ) throws -> Bool {
    let transaction = context.transaction
    for typeID in try resolvedTypeIDs(transaction) {
      for side in sides {
        // With `.both`, a self-loop is met from both sides: it counts once, as outgoing.
        let skipsSelfLoops = direction == .both && side == .incoming
        for neighbor in try transaction.neighbors(of: node, direction: side, typeID: typeID) {
          if skipsSelfLoops && neighbor.node == node { continue }
          if !targetLabels.isEmpty,
            try !targetLabels.isSatisfied(by: neighbor.node, labelBits: neighbor.labelBits, context)
          {
            continue
          }
          if try predicate(neighbor, side) { return true }
        }
      }
    }
    return false
  }

  private func resolvedTypeIDs(_ transaction: ReadTransaction) throws -> [Int64?] {
    if let typeIDs { return typeIDs }
    if types.isEmpty {
      typeIDs = [nil]
      return [nil]
    }
    var resolved: [Int64?] = []
    for type in Set(types) {
      if let id = try transaction.relationshipTypeID(type) { resolved.append(id) }
    }
    // Types created by this query's own writes appear later, so only a full set is kept.
    if resolved.count == Set(types).count { typeIDs = resolved }
    return resolved
  }
}
