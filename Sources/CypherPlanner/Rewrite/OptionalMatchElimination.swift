import CypherSyntax

/// Turns an OPTIONAL MATCH into a MATCH when a filter right after it keeps no row on which a
/// variable it introduces is null (`WHERE goalEdge IS NOT NULL`, typically what
/// `$goal IS NULL OR goalEdge IS NOT NULL` is once a goal is given): the rows the optional adds
/// with nulls would all be dropped, so its nested plan's rows are the rows — and run in line,
/// they can be reordered (`BoundStart`). The `IS NOT NULL` filter itself goes when the nested
/// plan binds the variable by a scan or an expand, which never bind null.
enum OptionalMatchElimination {
  static func apply(to plan: LogicalPlan) -> LogicalPlan {
    plan.rewritingNested(eliminate)
  }

  private static func eliminate(_ plan: LogicalPlan) -> LogicalPlan {
    var operators = plan.operators
    var index = operators.count
    while index > 0 {
      index -= 1
      guard case .optional(let nested, let introduces) = operators[index] else { continue }
      var filters = index + 1
      var required: (filter: Int, variable: String)?
      while filters < operators.count, case .filter(let predicate) = operators[filters] {
        if required == nil, let variable = requiredNonNull(predicate, among: introduces) {
          required = (filters, variable)
        }
        filters += 1
      }
      guard let required else { continue }
      if case .filter(let predicate) = operators[required.filter],
        case .isNull = predicate.kind, bindsNonNull(required.variable, in: nested)
      {
        operators.remove(at: required.filter)
      }
      operators.replaceSubrange(index...index, with: nested.operators)
    }
    return LogicalPlan(operators)
  }

  /// The variable of `introduces` that `predicate` requires non-null with one of its
  /// conjuncts, `v IS NOT NULL`.
  private static func requiredNonNull(_ predicate: Expression, among introduces: [String])
    -> String?
  {
    for conjunct in Conjuncts.split(predicate) {
      guard case .isNull(let subject, negated: true) = conjunct.kind,
        case .variable(let name) = subject.kind, introduces.contains(name)
      else { continue }
      return name
    }
    return nil
  }

  /// Whether a scan or an expand of `plan` binds `variable` (so never to null).
  private static func bindsNonNull(_ variable: String, in plan: LogicalPlan) -> Bool {
    plan.operators.contains { logicalOperator in
      switch logicalOperator {
      case .nodeScan, .nodeIndexSeek, .nodeByIdSeek, .expand:
        logicalOperator.bindings?.contains(variable) ?? false
      default:
        false
      }
    }
  }
}
