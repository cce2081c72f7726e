import CypherSyntax

/// Recognises the filters a seek can answer in place of a scan: `subject = value`,
/// `value = subject` and `subject IN value`, where the subject is something of the scanned node
/// (`n.key`, `id(n)`) and the value does not depend on that node.
enum SeekPredicate {
  /// What `subject` recognises in `predicate`, with the value sought; nil when `predicate` is
  /// none of the three forms, or its value depends on `variable`.
  static func match<Subject>(
    _ predicate: Expression, on variable: String, subject: (Expression) -> Subject?
  ) -> (Subject, SeekValue)? {
    func isIndependent(_ value: Expression) -> Bool {
      !Conjuncts.variables(in: value).contains(variable)
    }
    if case .binary(.in, let left, let list) = predicate.kind, let found = subject(left),
      isIndependent(list)
    {
      return (found, .anyOf(list))
    }
    guard case .comparison(let left, let steps) = predicate.kind, steps.count == 1,
      steps[0].comparison == .equal
    else { return nil }
    for (candidate, value) in [(left, steps[0].operand), (steps[0].operand, left)] {
      if let found = subject(candidate), isIndependent(value) { return (found, .equal(value)) }
    }
    return nil
  }

  /// `match`, or — for an optional filter, `condition OR predicate` either way round with the
  /// condition not depending on `variable` — `match` of `predicate` with the condition, under
  /// which every node passes (`$ids IS NULL OR id(n) IN $ids`). The seek tests the condition
  /// once per row rather than per node, so it must not call `rand()`.
  static func guardedMatch<Subject>(
    _ predicate: Expression, on variable: String, subject: (Expression) -> Subject?
  ) -> (Subject, SeekValue, scanWhen: Expression?)? {
    if let (found, value) = match(predicate, on: variable, subject: subject) {
      return (found, value, nil)
    }
    guard case .binary(.or, let left, let right) = predicate.kind else { return nil }
    for (condition, sought) in [(left, right), (right, left)]
    where !Conjuncts.variables(in: condition).contains(variable)
      && !ExpressionWalk.callsRandom(condition)
    {
      if let (found, value) = match(sought, on: variable, subject: subject) {
        return (found, value, condition)
      }
    }
    return nil
  }
}

extension LogicalPlan {
  /// This plan with each node scan replaced by what `seek` makes of it and one of the filters
  /// right after it (filters commute, so any of that run will do); that filter is then dropped.
  /// A scan for which `seek` makes nothing of any of them stays.
  func replacingScans(
    _ seek: (_ variable: String, _ label: String?, _ predicate: Expression) -> LogicalOperator?
  ) -> LogicalPlan {
    var operators = self.operators
    var index = -1
    while index + 1 < operators.count {
      index += 1
      guard case .nodeScan(let variable, let label) = operators[index] else { continue }
      var next = index + 1
      while next < operators.count, case .filter(let predicate) = operators[next] {
        if let replacement = seek(variable, label, predicate) {
          operators[index] = replacement
          operators.remove(at: next)
          break
        }
        next += 1
      }
    }
    return LogicalPlan(operators)
  }
}
