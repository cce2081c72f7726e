import CypherSyntax
import GraphModel

/// The conditions on parameters alone that planning answers from the parameters' values:
/// `$p IS NULL`, `$p IS NOT NULL`, `$p` itself when it is a boolean, and `size($p) <op> n`
/// for a list `$p` and an integer literal `n`. These are how a query makes a filter optional
/// (`$goal IS NULL OR …`, `size($muscles) = 0 OR …`); answered, the filter either goes or
/// stays without its guard, and an OPTIONAL MATCH it guarded may become a MATCH.
enum ParameterCondition {
  /// Whether `expression` is `$p IS [NOT] NULL` or `size($p) <op> n` (a bare `$p` is a
  /// condition only where a boolean is expected: an operand of AND, OR or NOT, a WHERE).
  static func isCondition(_ expression: Expression) -> Bool {
    switch expression.kind {
    case .isNull(let subject, _):
      if case .parameter = subject.kind { return true }
      return false
    case .comparison(let left, let steps) where steps.count == 1:
      let right = steps[0].operand
      return (isSizeOfParameter(left) && integer(right) != nil)
        || (integer(left) != nil && isSizeOfParameter(right))
    default:
      return false
    }
  }

  /// The condition's value for `parameters`; nil when it is not one of these forms, or when
  /// a parameter it reads is missing or of another type (the run then decides, or fails).
  static func answer(of condition: Expression, for parameters: [String: Value]) -> Bool? {
    switch condition.kind {
    case .isNull(let subject, let negated):
      guard case .parameter(let name) = subject.kind, let value = parameters[name] else {
        return nil
      }
      return value.isNull != negated
    case .parameter(let name):
      guard case .boolean(let flag)? = parameters[name] else { return nil }
      return flag
    case .comparison(let left, let steps) where steps.count == 1:
      let (comparison, right) = (steps[0].comparison, steps[0].operand)
      if let size = listSize(left, parameters), let bound = integer(right) {
        return compare(size, comparison, bound)
      }
      if let bound = integer(left), let size = listSize(right, parameters) {
        return compare(bound, comparison, size)
      }
      return nil
    default:
      return nil
    }
  }

  /// The length of the list parameter in `size($p)`.
  private static func listSize(_ expression: Expression, _ parameters: [String: Value]) -> Int64? {
    guard let parameter = sizedParameter(expression), case .list(let list)? = parameters[parameter]
    else { return nil }
    return Int64(list.count)
  }

  private static func isSizeOfParameter(_ expression: Expression) -> Bool {
    sizedParameter(expression) != nil
  }

  /// `p` in `size($p)`.
  private static func sizedParameter(_ expression: Expression) -> String? {
    guard case .function(let name, isDistinct: false, let arguments) = expression.kind,
      name.lowercased() == "size", arguments.count == 1,
      case .parameter(let parameter) = arguments[0].kind
    else { return nil }
    return parameter
  }

  private static func integer(_ expression: Expression) -> Int64? {
    if case .literal(.integer(let value)) = expression.kind { return value }
    return nil
  }

  private static func compare(_ left: Int64, _ comparison: ComparisonOperator, _ right: Int64)
    -> Bool
  {
    switch comparison {
    case .equal: left == right
    case .notEqual: left != right
    case .less: left < right
    case .greater: left > right
    case .lessOrEqual: left <= right
    case .greaterOrEqual: left >= right
    }
  }
}
