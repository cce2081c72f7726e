import CypherSyntax

/// Questions the planner (and the runtime, for `variables(in:)`) asks of expressions.
public enum Conjuncts {
  /// `a AND b AND c` as `[a, b, c]`.
  static func split(_ predicate: Expression) -> [Expression] {
    if case .binary(.and, let left, let right) = predicate.kind {
      return split(left) + split(right)
    }
    return [predicate]
  }

  /// Every name used as a variable anywhere in `expression`, including inside patterns and
  /// subqueries. Names the expression binds itself (a comprehension's variable) are included
  /// too; callers intersect with the names they know.
  public static func variables(in expression: Expression) -> Set<String> {
    var names: Set<String> = []
    collect(expression, into: &names)
    return names
  }

  private static func collect(_ expression: Expression, into names: inout Set<String>) {
    switch expression.kind {
    case .variable(let name): names.insert(name)
    case .patternPredicate(let element): collect(element, into: &names)
    case .patternComprehension(let path, let element, _, _):
      if let path { names.insert(path) }
      collect(element, into: &names)
    case .exists(let subquery), .count(let subquery): collect(subquery, into: &names)
    default: break
    }
    for child in ExpressionWalk.children(of: expression) { collect(child, into: &names) }
  }

  private static func collect(_ element: PatternElement, into names: inout Set<String>) {
    names.formUnion(Binder.variables(of: element).map(\.name))
    for properties in Binder.propertyMaps(of: element) { collect(properties, into: &names) }
  }

  private static func collect(_ subquery: Subquery, into names: inout Set<String>) {
    switch subquery {
    case .pattern(let pattern, let predicate):
      for part in pattern.parts { collect(part.element, into: &names) }
      if let predicate { collect(predicate, into: &names) }
    case .query(let query):
      // A whole query: every variable it mentions may come from outside.
      for clause in ([query.first] + query.unions.map(\.query)).flatMap(\.clauses) {
        collect(clause, into: &names)
      }
    }
  }

  private static func collect(_ clause: Clause, into names: inout Set<String>) {
    var expressions: [Expression] = []
    switch clause {
    case .match(let match):
      for part in match.pattern.parts { collect(part.element, into: &names) }
      expressions = [match.predicate].compactMap { $0 }
    case .unwind(let unwind): expressions = [unwind.expression]
    case .with(let with):
      expressions = with.projection.items.map(\.expression) + [with.predicate].compactMap { $0 }
    case .return(let ret): expressions = ret.projection.items.map(\.expression)
    case .create, .merge, .set, .remove, .delete: break
    }
    for expression in expressions { collect(expression, into: &names) }
  }
}
