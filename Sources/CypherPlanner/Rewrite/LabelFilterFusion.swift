import CypherSyntax

/// Folds `Filter(to:Label)` among the filters right after a single-step expand into the expand's `targetLabels`,
/// so the label is checked from the adjacency row's bitmap instead of by reading each node.
enum LabelFilterFusion {
  static func apply(to plan: LogicalPlan) -> LogicalPlan {
    plan.rewritingNested(fuse)
  }

  private static func fuse(_ plan: LogicalPlan) -> LogicalPlan {
    var operators = plan.operators
    var index = -1
    while index + 1 < operators.count {
      index += 1
      guard case .expand(var expand) = operators[index], expand.length == nil else { continue }
      // Filters commute, so any label filter on `to` in the run right after the expand will do.
      var next = index + 1
      while next < operators.count, case .filter(let predicate) = operators[next] {
        if case .hasLabels(let subject, let labels) = predicate.kind,
          case .variable(expand.to) = subject.kind
        {
          expand.targetLabels += labels
          operators.remove(at: next)
        } else {
          next += 1
        }
      }
      operators[index] = .expand(expand)
    }
    return LogicalPlan(operators)
  }
}
