import CypherSyntax

/// Starts a pattern from a node bound earlier rather than from a label scan:
/// `MATCH (e:Exercise) … MATCH (e)-[r:TARGETS]->(goal)` with `goal` bound scans every exercise
/// and probes each for an edge to the goal; expanding the goal's edges backwards reaches the
/// same rows from the few exercises that have one. The scanned node's label and the filters on
/// it follow the expand.
///
/// It applies to a node scan, the filters right after it, then a single-step expand from the
/// scanned node into a node bound before the scan — when the relationships of the expand's
/// types per node (the catalog's average) are fewer than the nodes scanned.
enum BoundStart {
  static func apply(to plan: LogicalPlan, catalog: any GraphCatalog) -> LogicalPlan {
    plan.rewritingNested { reorder($0, catalog: catalog) }
  }

  private static func reorder(_ plan: LogicalPlan, catalog: any GraphCatalog) -> LogicalPlan {
    var operators = plan.operators
    for index in operators.indices {
      guard case .nodeScan(let variable, let label) = operators[index] else { continue }
      var next = index + 1
      while next < operators.count, case .filter = operators[next] { next += 1 }
      guard next < operators.count, case .expand(let expand) = operators[next],
        expand.from == variable, expand.isInto, expand.to != variable, expand.length == nil,
        averageDegree(of: expand.types, catalog) < catalog.nodeCount(label: label)
      else { continue }
      var reversed = expand
      reversed.from = expand.to
      reversed.to = variable
      reversed.isInto = false
      reversed.isReversed = !expand.isReversed
      reversed.direction =
        switch expand.direction {
        case .outgoing: .incoming
        case .incoming: .outgoing
        case .either: .either
        }
      let labelFilter = label.map {
        LogicalOperator.filter(
          Expression(.hasLabels(Expression(.variable(variable), .none), [[$0]]), .none))
      }
      let filters = operators[(index + 1)..<next]
      operators.replaceSubrange(
        index...next, with: [.expand(reversed)] + [labelFilter].compactMap { $0 } + filters)
    }
    return LogicalPlan(operators)
  }

  /// The relationships of `types` (any type when empty) per node of the graph.
  private static func averageDegree(of types: [String], _ catalog: any GraphCatalog) -> Int {
    let relationships =
      types.isEmpty
      ? catalog.relationshipCount(type: nil)
      : types.reduce(0) { $0 + catalog.relationshipCount(type: $1) }
    return relationships / max(1, catalog.nodeCount(label: nil))
  }
}
