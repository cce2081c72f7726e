/// Moves each filter back past the scans, expands and other filters that bind none of its
/// variables, so it runs as soon as it can be answered.
enum FilterPushDown {
  static func apply(to plan: LogicalPlan) -> LogicalPlan {
    plan.rewritingNested(pushDown)
  }

  private static func pushDown(_ plan: LogicalPlan) -> LogicalPlan {
    var operators = plan.operators
    for index in operators.indices {
      guard case .filter(let predicate) = operators[index] else { continue }
      let variables = Conjuncts.variables(in: predicate)
      var target = index
      while target > 0, let bindings = operators[target - 1].bindings,
        variables.isDisjoint(with: bindings)
      {
        target -= 1
      }
      if target < index {
        operators.remove(at: index)
        operators.insert(.filter(predicate), at: target)
      }
    }
    return LogicalPlan(operators)
  }
}
