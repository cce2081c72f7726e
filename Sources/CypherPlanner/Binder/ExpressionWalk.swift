import CypherSyntax

/// Generic traversal of expressions: their direct children, and questions asked of a whole tree.
public enum ExpressionWalk {
  /// The expressions directly inside `expression` (subqueries' and patterns' insides excluded).
  static func children(of expression: Expression) -> [Expression] {
    switch expression.kind {
    case .literal, .parameter, .variable, .countAll, .patternPredicate, .exists, .count: return []
    case .list(let elements): return elements
    case .map(let entries): return entries.map(\.value)
    case .property(let subject, _), .hasLabels(let subject, _), .unary(_, let subject),
      .isNull(let subject, _):
      return [subject]
    case .index(let subject, let index): return [subject, index]
    case .slice(let subject, let from, let to): return [subject] + [from, to].compactMap { $0 }
    case .binary(_, let left, let right): return [left, right]
    case .comparison(let first, let steps): return [first] + steps.map(\.operand)
    case .caseExpression(let subject, let branches, let otherwise):
      return [subject].compactMap { $0 } + branches.flatMap { [$0.condition, $0.result] }
        + [otherwise].compactMap { $0 }
    case .function(_, _, let arguments): return arguments
    case .listComprehension(_, let source, let predicate, let projection):
      return [source] + [predicate, projection].compactMap { $0 }
    case .reduce(_, let initial, _, let source, let expression):
      return [initial, source, expression]
    case .quantifier(_, _, let source, let predicate):
      return [source] + [predicate].compactMap { $0 }
    case .patternComprehension(_, _, let predicate, let projection):
      return [predicate].compactMap { $0 } + [projection]
    }
  }

  static func isVariable(_ expression: Expression) -> Bool {
    if case .variable = expression.kind { return true }
    return false
  }

  /// Whether any variable occurs in `expression`.
  static func containsVariable(_ expression: Expression) -> Bool {
    switch expression.kind {
    case .variable, .patternPredicate, .patternComprehension, .exists, .count: return true
    default: return children(of: expression).contains(where: containsVariable)
    }
  }

  /// Whether an aggregate function occurs in `expression`, outside nested subqueries.
  static func containsAggregate(_ expression: Expression) -> Bool {
    switch expression.kind {
    case .countAll: return true
    case .function(let name, _, _) where Functions.aggregates.contains(name.lowercased()):
      return true
    default: return children(of: expression).contains(where: containsAggregate)
    }
  }

  /// Whether `expression` has one value for a whole run of a query: it reads no variable (nor
  /// the graph, which needs one), aggregates nothing and does not call `rand()` — it is made of
  /// literals, parameters and functions of them, such as `size($muscles) = 0`.
  public static func isRunConstant(_ expression: Expression) -> Bool {
    !containsVariable(expression) && !containsAggregate(expression) && !callsRandom(expression)
  }

  /// Whether `rand()` occurs in `expression`.
  static func callsRandom(_ expression: Expression) -> Bool {
    if case .function(let name, _, _) = expression.kind, name.lowercased() == "rand" { return true }
    return children(of: expression).contains(where: callsRandom)
  }
}
