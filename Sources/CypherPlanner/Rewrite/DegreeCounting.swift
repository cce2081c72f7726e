import CypherSyntax

/// Turns a one-hop expand whose rows are only counted into a count per node: the expand reads
/// each adjacency list once and binds its length, where it would bind one row per relationship
/// for the aggregation to count (as Neo4j's degree lookups do).
///
/// It applies to `Expand` directly followed by `Aggregation` when the expand is a single,
/// non-`Into` step with no relationship to stay distinct from, no grouping key mentions the
/// relationship or the node reached, and every aggregate is `count(*)` or a plain `count` of
/// the node expanded from, the relationship or the node reached (never null on a row the
/// expand made). Each such count becomes `sum` of the bound count; nodes with no matching
/// relationship make no row, as the expand would have made none.
enum DegreeCounting {
  static func apply(to plan: LogicalPlan) -> LogicalPlan {
    plan.rewritingNested(fuse)
  }

  private static func fuse(_ plan: LogicalPlan) -> LogicalPlan {
    var operators = plan.operators
    for index in operators.indices.dropLast() {
      guard case .expand(let expand) = operators[index],
        case .aggregate(let keys, let aggregates) = operators[index + 1],
        expand.length == nil, !expand.isInto, expand.distinctFrom.isEmpty
      else { continue }
      let reached: Set<String> = [expand.relationship, expand.to]
      guard keys.allSatisfy({ Conjuncts.variables(in: $0.expression).isDisjoint(with: reached) })
      else { continue }
      let count = "  degree_\(index)"
      let counts = reached.union([expand.from])
      let summed = aggregates.map { sum(of: count, replacing: $0, counts: counts) }
      guard summed.allSatisfy({ $0 != nil }) else { continue }
      operators[index] = .countExpand(expand, count: count)
      operators[index + 1] = .aggregate(keys: keys, aggregates: summed.compactMap { $0 })
    }
    return LogicalPlan(operators)
  }

  /// `sum(count)` in place of `aggregate` when it counts the expand's rows, else nil.
  private static func sum(
    of count: String, replacing aggregate: NamedExpression, counts: Set<String>
  ) -> NamedExpression? {
    let expression = aggregate.expression
    switch expression.kind {
    case .countAll:
      break
    case .function(let name, false, let arguments)
    where name.lowercased() == "count" && arguments.count == 1:
      guard case .variable(let counted) = arguments[0].kind, counts.contains(counted) else {
        return nil
      }
    default:
      return nil
    }
    let total = Expression(
      .function(
        name: "sum", isDistinct: false,
        arguments: [Expression(.variable(count), expression.span)]),
      expression.span)
    return NamedExpression(aggregate.name, total)
  }
}
