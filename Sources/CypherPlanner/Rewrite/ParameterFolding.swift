import CypherSyntax
import GraphModel

/// Answers, from the parameters a plan is made for, the conditions on parameters alone
/// (`ParameterCondition`) wherever they occur, and simplifies the logic around the answers:
/// `$goal IS NULL OR goalEdge IS NOT NULL` is `goalEdge IS NOT NULL` when a goal is given,
/// `size($avoid) = 0 OR NOT EXISTS { … }` is `true` when nothing is to be avoided, and a
/// filter that is `true` goes. What it answered becomes the plan's `ParameterAssumptions`.
///
/// `true AND x` and `false OR x` become `x`, `false AND x` and `true OR x` the literal, as
/// Neo4j simplifies them: `x` is then not evaluated, so it can no longer raise an error.
struct ParameterFolding {
  let parameters: [String: Value]
  private(set) var assumptions = ParameterAssumptions()

  init(parameters: [String: Value]) { self.parameters = parameters }

  /// `plan` with the conditions answered in its filters, projections, groupings, unwinds and
  /// sort keys, and in the plans nested in its OPTIONAL MATCHes; filters left `true` removed.
  mutating func fold(_ plan: LogicalPlan) -> LogicalPlan {
    var operators: [LogicalOperator] = []
    for logicalOperator in plan.operators {
      switch logicalOperator {
      case .filter(let predicate):
        let folded = foldCondition(predicate)
        if case .literal(.boolean(true)) = folded.kind { continue }
        operators.append(.filter(folded))
      case .project(let items):
        operators.append(.project(fold(items)))
      case .aggregate(let keys, let aggregates):
        operators.append(.aggregate(keys: fold(keys), aggregates: fold(aggregates)))
      case .unwind(let expression, let variable):
        operators.append(.unwind(fold(expression), variable: variable))
      case .sort(let items):
        operators.append(.sort(fold(items)))
      case .top(let items, let limit):
        operators.append(.top(fold(items), limit: limit))
      case .optional(let nested, let introduces):
        operators.append(.optional(fold(nested), introduces: introduces))
      default:
        operators.append(logicalOperator)
      }
    }
    return LogicalPlan(operators)
  }

  private mutating func fold(_ items: [NamedExpression]) -> [NamedExpression] {
    items.map { NamedExpression($0.name, fold($0.expression)) }
  }

  private mutating func fold(_ items: [SortItem]) -> [SortItem] {
    items.map { SortItem(expression: fold($0.expression), isDescending: $0.isDescending) }
  }

  /// `expression` with each condition it can answer replaced by its answer, and the logical
  /// operators over answers simplified.
  mutating func fold(_ expression: Expression) -> Expression {
    var folding = self
    let folded = expression.rewritten { candidate in
      if ParameterCondition.isCondition(candidate) { return folding.decide(candidate) }
      switch candidate.kind {
      case .binary(let op, let left, let right) where op == .and || op == .or:
        return Self.simplified(
          op, folding.foldCondition(left), folding.foldCondition(right), span: candidate.span)
      case .unary(.not, let operand):
        let operand = folding.foldCondition(operand)
        if case .literal(.boolean(let value)) = operand.kind {
          return Expression(.literal(.boolean(!value)), candidate.span)
        }
        return Expression(.unary(.not, operand), candidate.span)
      default:
        return nil
      }
    }
    self = folding
    return folded
  }

  /// `fold(expression)` where a boolean is expected, so a bare `$flag` is a condition too.
  private mutating func foldCondition(_ expression: Expression) -> Expression {
    if case .parameter = expression.kind { return decide(expression) }
    return fold(expression)
  }

  /// The condition's answer as a literal, recorded as assumed — or, when the parameters
  /// leave it open, the condition itself, recorded as left to the run.
  private mutating func decide(_ condition: Expression) -> Expression {
    let answer = ParameterCondition.answer(of: condition, for: parameters)
    assumptions.record(condition, answer: answer)
    guard let answer else { return condition }
    return Expression(.literal(.boolean(answer)), condition.span)
  }

  /// `left op right` for AND or OR, with a literal boolean operand taken into account.
  private static func simplified(
    _ op: BinaryOperator, _ left: Expression, _ right: Expression, span: SourceSpan
  ) -> Expression {
    // AND is decided by false, OR by true; the other answer leaves the other operand.
    let decisive = op == .or
    for (operand, other) in [(left, right), (right, left)] {
      guard case .literal(.boolean(let value)) = operand.kind else { continue }
      return value == decisive ? operand : other
    }
    return Expression(.binary(op, left, right), span)
  }
}
