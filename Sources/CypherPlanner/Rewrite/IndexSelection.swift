import CypherSyntax

/// Turns a label scan followed by an equality or IN filter on an indexed property of the
/// scanned node (`n.key = value`, `n.key IN list`; neither depending on `n`) into an index
/// seek — also when the filter is optional (`$value IS NULL OR n.key = $value`): the seek then
/// scans the label for the rows where the condition holds.
enum IndexSelection {
  static func apply(to plan: LogicalPlan, catalog: any GraphCatalog) -> LogicalPlan {
    plan.rewritingNested { plan in
      plan.replacingScans { variable, label, predicate in
        guard let label,
          let (key, value, scanWhen) = SeekPredicate.guardedMatch(
            predicate, on: variable, subject: property(of: variable)),
          catalog.hasPropertyIndex(label: label, key: key)
        else { return nil }
        return .nodeIndexSeek(
          variable: variable, label: label, key: key, value: value, scanWhen: scanWhen)
      }
    }
  }

  /// `(key, value)` when `predicate` is `variable.key = value`, `value = variable.key` or
  /// `variable.key IN value`.
  static func seekable(_ predicate: Expression, on variable: String) -> (String, SeekValue)? {
    SeekPredicate.match(predicate, on: variable, subject: property(of: variable))
  }

  /// The key of `variable.key`.
  private static func property(of variable: String) -> (Expression) -> String? {
    { subject in
      guard case .property(let node, let key) = subject.kind, case .variable(variable) = node.kind
      else { return nil }
      return key
    }
  }
}
