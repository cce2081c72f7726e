import CypherSyntax
import GraphModel

/// The conditions on parameters alone that planning answers from the parameters' values:
/// `$p IS NULL`, `$p IS NOT NULL`, `$p` itself when it is a boolean, and `size($p) <op> n`
/// for a list `$p` and an integer literal `n`. These are how a query makes a filter optional
/// (`$goal IS NULL OR …`, `size($muscles) = 0 OR …`); answered, the filter either goes or
/// stays without its guard, and an OPTIONAL MATCH it guarded may become a MATCH.
///
/// One more reads something else too: `x IN $p` is false whatever `x` is when `$p` is an empty
/// list — so `NOT e.id IN $exclude` with nothing to exclude is no filter at all — and is the
/// run's to answer otherwise.
enum ParameterCondition {
  /// A condition's form, as written.
  private enum Form {
    /// `$name IS NULL`, or with `negated`, `$name IS NOT NULL`.
    case isNull(parameter: String, negated: Bool)
    /// `$name`, a boolean where one is expected.
    case flag(parameter: String)
    /// `size($name) <comparison> bound`, or with `isReversed`, `bound <comparison> size($name)`.
    case size(parameter: String, ComparisonOperator, bound: Int64, isReversed: Bool)
    /// `element IN $name`.
    case membership(parameter: String)
  }

  /// Whether `expression` is `$p IS [NOT] NULL`, `size($p) <op> n` or `x IN $p` (a bare `$p`
  /// is a condition only where a boolean is expected: an operand of AND, OR or NOT, a WHERE).
  static func isCondition(_ expression: Expression) -> Bool {
    switch form(of: expression) {
    case .isNull?, .size?, .membership?: true
    case .flag?, nil: false
    }
  }

  /// The condition's value for `parameters`; nil when it is not one of these forms, when a
  /// parameter it reads is missing or of another type (the run then decides, or fails), or for
  /// `x IN $p` when `$p` is not an empty list.
  static func answer(of condition: Expression, for parameters: [String: Value]) -> Bool? {
    switch form(of: condition) {
    case .isNull(let name, let negated)?:
      guard let value = parameters[name] else { return nil }
      return value.isNull != negated
    case .flag(let name)?:
      guard case .boolean(let flag)? = parameters[name] else { return nil }
      return flag
    case .size(let name, let comparison, let bound, let isReversed)?:
      guard case .list(let list)? = parameters[name] else { return nil }
      let size = Int64(list.count)
      return isReversed
        ? compare(bound, comparison, size) : compare(size, comparison, bound)
    case .membership(let name)?:
      guard case .list(let list)? = parameters[name], list.isEmpty else { return nil }
      return false
    case nil:
      return nil
    }
  }

  private static func form(of expression: Expression) -> Form? {
    switch expression.kind {
    case .isNull(let subject, let negated):
      guard case .parameter(let name) = subject.kind else { return nil }
      return .isNull(parameter: name, negated: negated)
    case .parameter(let name):
      return .flag(parameter: name)
    case .comparison(let left, let steps) where steps.count == 1:
      let (comparison, right) = (steps[0].comparison, steps[0].operand)
      if let name = sizedParameter(left), let bound = integer(right) {
        return .size(parameter: name, comparison, bound: bound, isReversed: false)
      }
      if let bound = integer(left), let name = sizedParameter(right) {
        return .size(parameter: name, comparison, bound: bound, isReversed: true)
      }
      return nil
    case .binary(.in, _, let list):
      guard case .parameter(let name) = list.kind else { return nil }
      return .membership(parameter: name)
    default:
      return nil
    }
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
