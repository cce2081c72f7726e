/// Turns `Optional` over a nested plan of one single-step expand — `OPTIONAL MATCH (a)-[r]->(b)`
/// from a bound `a`, any label filter on `b` already folded into the expand — into one
/// `optionalExpand`, as Neo4j plans `OptionalExpandAll` and `OptionalExpandInto`: each row is
/// expanded in place instead of being handed to a nested plan (and copied as it binds).
enum OptionalExpandFusion {
  static func apply(to plan: LogicalPlan) -> LogicalPlan {
    plan.rewritingNested(fuse)
  }

  private static func fuse(_ plan: LogicalPlan) -> LogicalPlan {
    LogicalPlan(
      plan.operators.map { logicalOperator in
        guard case .optional(let nested, _) = logicalOperator, nested.operators.count == 1,
          case .expand(let expand) = nested.operators[0], expand.length == nil
        else { return logicalOperator }
        return .optionalExpand(expand)
      })
  }
}
