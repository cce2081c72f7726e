import CypherSyntax

/// Moves each filter back past the scans, expands and other filters that bind none of its
/// variables, so it runs as soon as it can be answered; then orders each run of filters that
/// ended up together cheapest first (`FilterCost.order`), in written order among equals.
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
      // After the filters already moved there, which were written before this one.
      while target < index, case .filter = operators[target] { target += 1 }
      if target < index {
        operators.remove(at: index)
        operators.insert(.filter(predicate), at: target)
      }
    }
    return LogicalPlan(orderingFilterRuns(operators))
  }

  /// `operators` with each run of consecutive filters sorted by cost, stably.
  private static func orderingFilterRuns(_ operators: [LogicalOperator]) -> [LogicalOperator] {
    var ordered: [LogicalOperator] = []
    var run: [Expression] = []
    func flush() {
      let sorted = run.enumerated().map { (FilterCost.order(of: $1), $0, $1) }.sorted {
        ($0.0.rank, $0.0.keepsMany, $0.1) < ($1.0.rank, $1.0.keepsMany, $1.1)
      }
      ordered += sorted.map { .filter($0.2) }
      run.removeAll()
    }
    for logicalOperator in operators {
      if case .filter(let predicate) = logicalOperator {
        run.append(predicate)
      } else {
        flush()
        ordered.append(logicalOperator)
      }
    }
    flush()
    return ordered
  }
}
