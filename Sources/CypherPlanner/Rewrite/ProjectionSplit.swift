import CypherSyntax

/// Splits a projection that a filter follows (`WITH …, x AS a, y AS b WHERE a`) in two: the
/// items the filter reads, the filter, then the other items — so those are computed only for
/// the rows the filter keeps.
///
/// The items of one projection all read the rows coming in, so the split keeps their values
/// as long as no item left for later reads a name the first part binds (`WITH b AS a, a AS b
/// WHERE a` stays whole). An item left for later is no longer evaluated for a row the filter
/// drops: an error it would have raised there is not raised, as when a filter moves down.
enum ProjectionSplit {
  static func apply(to plan: LogicalPlan) -> LogicalPlan {
    plan.rewritingNested(split)
  }

  private static func split(_ plan: LogicalPlan) -> LogicalPlan {
    var operators = plan.operators
    var index = 0
    while index + 1 < operators.count {
      defer { index += 1 }
      guard case .project(let items) = operators[index] else { continue }
      var filters = index + 1
      var read: Set<String> = []
      while filters < operators.count, case .filter(let predicate) = operators[filters] {
        read.formUnion(Conjuncts.variables(in: predicate))
        filters += 1
      }
      guard filters > index + 1 else { continue }
      let first = items.filter { read.contains($0.name) }
      let later = items.filter { !read.contains($0.name) }
      let firstNames = Set(first.map(\.name))
      guard !later.isEmpty,
        later.allSatisfy({ Conjuncts.variables(in: $0.expression).isDisjoint(with: firstNames) })
      else { continue }
      let split: [LogicalOperator] =
        (first.isEmpty ? [] : [.project(first)]) + operators[index + 1..<filters]
      operators.replaceSubrange(index..<filters, with: split + [.project(later)])
      index += split.count
    }
    return LogicalPlan(operators)
  }
}
