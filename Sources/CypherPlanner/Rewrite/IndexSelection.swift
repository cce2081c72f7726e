import CypherSyntax

/// Turns a label scan followed by an equality or IN filter on an indexed property of the
/// scanned node (`n.key = value`, `n.key IN list`; neither depending on `n`) into an index
/// seek.
enum IndexSelection {
  static func apply(to plan: LogicalPlan, catalog: any GraphCatalog) -> LogicalPlan {
    plan.rewritingNested { seek(in: $0, catalog: catalog) }
  }

  private static func seek(in plan: LogicalPlan, catalog: any GraphCatalog) -> LogicalPlan {
    var operators = plan.operators
    var index = -1
    while index + 1 < operators.count {
      index += 1
      guard case .nodeScan(let variable, let label?) = operators[index] else { continue }
      var next = index + 1
      while next < operators.count, case .filter(let predicate) = operators[next] {
        if let (key, value) = seekable(predicate, on: variable),
          catalog.hasPropertyIndex(label: label, key: key)
        {
          operators[index] = .nodeIndexSeek(
            variable: variable, label: label, key: key, value: value)
          operators.remove(at: next)
          break
        }
        next += 1
      }
    }
    return LogicalPlan(operators)
  }

  /// `(key, value)` when `predicate` is `variable.key = value`, `value = variable.key` or
  /// `variable.key IN value`.
  static func seekable(_ predicate: Expression, on variable: String)
    -> (String, IndexSeekValue)?
  {
    if case .binary(.in, let property, let list) = predicate.kind,
      case .property(let subject, let key) = property.kind,
      case .variable(variable) = subject.kind,
      !Conjuncts.variables(in: list).contains(variable)
    {
      return (key, .anyOf(list))
    }
    guard case .comparison(let left, let steps) = predicate.kind, steps.count == 1,
      steps[0].comparison == .equal
    else { return nil }
    for (property, value) in [(left, steps[0].operand), (steps[0].operand, left)] {
      guard case .property(let subject, let key) = property.kind,
        case .variable(variable) = subject.kind,
        !Conjuncts.variables(in: value).contains(variable)
      else { continue }
      return (key, .equal(value))
    }
    return nil
  }
}
