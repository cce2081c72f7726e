import CypherSyntax

extension Expression {
  /// This expression with every subexpression for which `replacement` returns a value replaced
  /// by it, searched from the top down. Patterns and subqueries are left as they are.
  func rewritten(by replacement: (Expression) -> Expression?) -> Expression {
    if let replaced = replacement(self) { return replaced }
    func map(_ child: Expression) -> Expression { child.rewritten(by: replacement) }
    func mapOptional(_ child: Expression?) -> Expression? { child.map(map) }
    let kind: Kind
    switch self.kind {
    case .literal, .parameter, .variable, .countAll, .patternPredicate, .exists, .count:
      return self
    case .list(let elements): kind = .list(elements.map(map))
    case .map(let entries):
      kind = .map(entries.map { MapEntry(key: $0.key, value: map($0.value)) })
    case .property(let subject, let key): kind = .property(map(subject), key: key)
    case .index(let subject, let index): kind = .index(map(subject), map(index))
    case .slice(let subject, let from, let to):
      kind = .slice(map(subject), from: mapOptional(from), to: mapOptional(to))
    case .hasLabels(let subject, let labels): kind = .hasLabels(map(subject), labels)
    case .unary(let op, let operand): kind = .unary(op, map(operand))
    case .binary(let op, let left, let right): kind = .binary(op, map(left), map(right))
    case .comparison(let first, let steps):
      kind = .comparison(
        map(first),
        steps.map { ComparisonStep(comparison: $0.comparison, operand: map($0.operand)) })
    case .isNull(let subject, let negated): kind = .isNull(map(subject), negated: negated)
    case .caseExpression(let subject, let branches, let otherwise):
      kind = .caseExpression(
        subject: mapOptional(subject),
        branches: branches.map { CaseBranch(condition: map($0.condition), result: map($0.result)) },
        otherwise: mapOptional(otherwise))
    case .function(let name, let isDistinct, let arguments):
      kind = .function(name: name, isDistinct: isDistinct, arguments: arguments.map(map))
    case .listComprehension(let variable, let source, let predicate, let projection):
      kind = .listComprehension(
        variable: variable, source: map(source), predicate: mapOptional(predicate),
        projection: mapOptional(projection))
    case .reduce(let accumulator, let initial, let variable, let source, let expression):
      kind = .reduce(
        accumulator: accumulator, initial: map(initial), variable: variable, source: map(source),
        expression: map(expression))
    case .quantifier(let quantifier, let variable, let source, let predicate):
      kind = .quantifier(
        quantifier, variable: variable, source: map(source), predicate: mapOptional(predicate))
    case .patternComprehension(let path, let pattern, let predicate, let projection):
      kind = .patternComprehension(
        pathVariable: path, pattern: pattern, predicate: mapOptional(predicate),
        projection: map(projection))
    }
    return Expression(kind, span)
  }
}
