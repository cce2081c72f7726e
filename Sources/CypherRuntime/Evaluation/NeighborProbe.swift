import CypherPlanner
import GraphModel

/// A subquery of one hop from a bound node — `EXISTS`, `COUNT` or a pattern comprehension —
/// run straight over the adjacency list: it binds each relationship and far node, checks the
/// predicates (those on the far node's ID alone before binding), and hands the row on, without
/// opening the nested plan's operators or building a row per relationship first; `EXISTS`
/// stops at the first match (a semi-join).
///
/// The bindings go into a `ScratchRow`, into which each call copies only the slots of the
/// outer row that the predicates and the projection read. The predicates are `NeighborFilter`s:
/// what they need of the outer row is computed once per call. When the first keeps only the
/// nodes of a list (`m IN wanted`), a `NeighborScreen` answers the calls from nodes that reach
/// none of them without a walk.
final class NeighborProbe {
  private let from: Int
  /// The relationship's slot; nil when nothing reads the relationship.
  private let relationship: Int?
  private let to: Int
  private let step: RelationshipStep
  private let filters: [NeighborFilter]
  /// The filters' predicates when none prepares a test per call: evaluated as they are.
  private let predicates: [Evaluator]?
  /// The nodes that can reach a listed node, when the first filter prepares its test per call
  /// (and so may keep only a list's nodes) and the step can be walked backwards.
  private let screen: NeighborScreen?
  /// The row the predicates and the projection run on.
  private let scratch: ScratchRow
  /// The filters' tests for a call, kept between calls so a call allocates none; empty while
  /// a call is under way (one that starts meanwhile gets its own).
  @exclusivity(unchecked) private var spareTests: [NeighborFilter.Test?] = []

  init(
    from: Int, relationship: Int?, to: Int, step: RelationshipStep, filters: [NeighborFilter],
    scratch: ScratchRow
  ) {
    self.from = from
    self.relationship = relationship
    self.to = to
    self.step = step
    self.filters = filters
    self.scratch = scratch
    var predicates: [Evaluator]? = []
    for filter in filters {
      guard case .perNeighbor(let predicate) = filter else {
        predicates = nil
        break
      }
      predicates?.append(predicate)
    }
    self.predicates = predicates
    if case .perCall? = filters.first, step.isReversible {
      screen = NeighborScreen(step: step)
    } else {
      screen = nil
    }
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
    guard let predicates else { return try firstMatch(of: node, preparing: row, context, accept) }
    return try scratch.use(with: row) { probe in
      try eachStep(of: node, context) { relationship, neighbor in
        bind(relationship, neighbor, in: &probe)
        for predicate in predicates where try Logic.truth(try predicate(probe, context)) != true {
          return false
        }
        return try accept(probe)
      }
    }
  }

  /// `firstMatch` when a filter prepares its test from the outer `row` once per call.
  private func firstMatch(
    of node: NodeID, preparing row: Row, _ context: ExecutionContext,
    _ accept: (Row) throws -> Bool
  ) throws -> Bool {
    var first: NeighborFilter.Test?
    if let screen {
      // Prepared before the first neighbor, to see whether it lists the nodes to reach; one
      // that fails is prepared again (and fails) where the first neighbor reaches it. A node
      // the screen turns away is answered before the tests below are set up.
      first = try? filters[0].prepare(row, context)
      switch first {
      case .never?: return false
      case .member(let targets)?:
        if try !screen.admits(node, reaching: targets, context) { return false }
      default: break
      }
    }
    // Swapped out and back rather than copied: the list is neither retained nor released.
    var tests: [NeighborFilter.Test?] = []
    swap(&tests, &spareTests)
    if tests.isEmpty { tests = Array(repeating: nil, count: filters.count) }
    defer {
      for index in tests.indices { tests[index] = nil }
      swap(&tests, &spareTests)
    }
    // Settled here as `admits` would settle it; moved in, not copied.
    var settled = 0
    if case .always? = first { settled = 1 }
    swap(&tests[0], &first)
    return try scratch.use(with: row) { probe in
      try eachStep(of: node, context) { relationship, neighbor in
        try admits(neighbor, relationship, binding: &probe, row, &tests, &settled, context)
          && accept(probe)
      }
    }
  }

  /// Whether every filter admits `neighbor`; if so, it and `relationship` are bound in `probe`
  /// by the time this returns. A test of the neighbor's ID alone runs before they are bound, so
  /// a neighbor such a test turns away costs no writes to the row. A filter's test is prepared
  /// from the outer `row` when the call's first neighbor reaches it; the first `settled`
  /// filters admit every neighbor (`.always`) and are not looked at again in the call.
  private func admits(
    _ neighbor: NodeID, _ relationship: RelationshipReference?, binding probe: inout Row,
    _ row: Row, _ tests: inout [NeighborFilter.Test?], _ settled: inout Int,
    _ context: ExecutionContext
  ) throws -> Bool {
    var isBound = false
    for index in settled..<filters.count {
      if tests[index] == nil {
        let test = try filters[index].prepare(row, context)
        tests[index] = test
        if case .always = test, index == settled {
          settled += 1
          continue
        }
      }
      // Tested where it is kept: a copy would retain (and release) the list it holds.
      switch tests[index] {
      case .always?: continue
      case .never?: return false
      case .member(let nodes)?: if !nodes.contains(neighbor) { return false }
      case .nonMember(let nodes)?: if nodes.contains(neighbor) { return false }
      case .evaluate(let predicate)?:
        if !isBound {
          bind(relationship, neighbor, in: &probe)
          isBound = true
        }
        if try Logic.truth(try predicate(probe, context)) != true { return false }
      case nil: continue
      }
    }
    if !isBound { bind(relationship, neighbor, in: &probe) }
    return true
  }

  /// Calls `body` with each relationship of the hop from `node` (nil when nothing reads it)
  /// and the node it reaches, until it returns true; whether it did.
  @inline(__always)
  private func eachStep(
    of node: NodeID, _ context: ExecutionContext,
    _ body: (RelationshipReference?, NodeID) throws -> Bool
  ) throws -> Bool {
    guard relationship != nil else {
      return try step.contains(of: node, context) { neighbor in try body(nil, neighbor) }
    }
    return try step.contains(of: node, context) { relationship, neighbor in
      try body(relationship, neighbor)
    }
  }

  /// Binds a step's relationship (when read) and the node it reaches in `probe`.
  @inline(__always)
  private func bind(_ relationship: RelationshipReference?, _ neighbor: NodeID, in probe: inout Row)
  {
    if let relationship, let slot = self.relationship { probe[slot] = .relationship(relationship) }
    probe[to] = .node(neighbor)
  }
}
