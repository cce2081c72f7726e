import CypherSyntax

/// Fuses `sort` with a following `limit` (across a `skip`) into `top`, which keeps only the
/// rows that can still make the cut instead of sorting them all.
enum TopSelection {
  static func apply(to plan: LogicalPlan) -> LogicalPlan {
    plan.rewritingNested(fuse)
  }

  private static func fuse(_ plan: LogicalPlan) -> LogicalPlan {
    var operators = plan.operators
    var index = 0
    while index < operators.count {
      defer { index += 1 }
      guard case .sort(let items) = operators[index], index + 1 < operators.count else { continue }
      switch operators[index + 1] {
      case .limit(let limit):
        operators.replaceSubrange(index...index + 1, with: [.top(items, limit: limit)])
      case .skip(let skip):
        guard index + 2 < operators.count, case .limit(let limit) = operators[index + 2] else {
          continue
        }
        let total = Expression(.binary(.add, skip, limit), limit.span)
        operators.replaceSubrange(
          index...index + 2, with: [.top(items, limit: total), .skip(skip)])
      default:
        continue
      }
    }
    return LogicalPlan(operators)
  }
}
