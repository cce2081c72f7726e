import GraphModel

/// For a one-hop probe whose first filter keeps only the nodes of a list (`m IN wanted`): the
/// nodes the step can reach one of the list's nodes from, found by walking the step backwards
/// from the list's nodes once, so that a probe from any other node is answered without walking
/// its relationships.
///
/// A list bound before the probe's operator (`collect(…) AS wanted`) is the same for every row,
/// and many rows' nodes typically reach none of its few nodes: a walk forward over all their
/// relationships finds that out at a cost per row; a walk back and a look-up per row in a
/// `NodeIDSet` cost less (recommendations that name muscles: 6–8% fewer instructions). The
/// screen is built once the probe has run for enough rows with the same list to pay for the
/// walk back (see `build(_:_:)`), and kept while the run and the list are the same; for
/// read-only runs only, since it describes the run's one snapshot. The probe still walks
/// forward from a node the screen admits, so matches, their order and every filter's
/// evaluation are as without it.
///
/// Used by one running query at a time, so its state is exempt from exclusivity checks.
final class NeighborScreen {
  private let step: RelationshipStep
  /// The list the state below is for, held so that its storage (whose address identifies it)
  /// stays alive, and the run it was read in.
  @exclusivity(unchecked) private var targets: [NodeID] = []
  @exclusivity(unchecked) private var run: UInt64 = 0
  /// Probes run with this list so far.
  @exclusivity(unchecked) private var probes = 0
  /// How many relationships the walk back meets; nil until counted.
  @exclusivity(unchecked) private var backwardCount: Int?
  /// The IDs of the nodes that reach a target; nil until walked back.
  @exclusivity(unchecked) private var starts: NodeIDSet?

  /// A walk forward that finds nothing costs about as much as this many relationships walked
  /// back (measured on the exercise graph: ~1,300 instructions against ~100).
  private static let probeCostInRelationships = 13

  /// For a step that `RelationshipStep.isReversible`.
  init(step: RelationshipStep) {
    self.step = step
  }

  /// Whether a probe from `node` may reach one of `targets` (a list's node IDs): false only when
  /// it certainly reaches none.
  func admits(_ node: NodeID, reaching targets: [NodeID], _ context: ExecutionContext) throws
    -> Bool
  {
    if run != context.run || !targets.isSameStorage(as: self.targets) {
      self.targets = targets
      run = context.run
      probes = 0
      backwardCount = nil
      starts = nil
    }
    probes += 1
    if let starts { return starts.contains(node) }
    guard context.writer == nil, probes > 1 else { return true }
    try build(targets, context)
    return starts?.contains(node) ?? true
  }

  /// Walks back from `targets` once the probes so far have cost about as much as that will.
  /// Counting what the walk meets costs a look-up per target, so it waits for the same list to
  /// come a second time: a list read anew for every row never pays it.
  private func build(_ targets: [NodeID], _ context: ExecutionContext) throws {
    let backwardCount = try self.backwardCount ?? countBackwards(targets, context)
    self.backwardCount = backwardCount
    guard probes * Self.probeCostInRelationships >= backwardCount else { return }
    var starts: [Int64] = []
    starts.reserveCapacity(backwardCount)
    try step.forEachAdjacency(reaching: targets, context) { neighbors in
      for neighbor in neighbors { starts.append(neighbor.node.rawValue) }
    }
    self.starts = NodeIDSet(starts)
  }

  private func countBackwards(_ targets: [NodeID], _ context: ExecutionContext) throws -> Int {
    var count = 0
    try step.forEachAdjacency(reaching: targets, context) { count += $0.count }
    return count
  }
}
