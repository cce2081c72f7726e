import CypherSyntax

/// Turns a node scan followed by a filter on the scanned node's id (`id(n) = value`,
/// `id(n) IN list`, or the same with `elementId(n)`; the value not depending on `n`) into a
/// seek that reads only those nodes — also when the filter is optional
/// (`$ids IS NULL OR id(n) IN $ids`): the seek then scans for the rows where the condition
/// holds.
enum NodeByIdSelection {
  static func apply(to plan: LogicalPlan) -> LogicalPlan {
    plan.rewritingNested { plan in
      plan.replacingScans { variable, label, predicate in
        guard
          let (identifier, ids, scanWhen) = SeekPredicate.guardedMatch(
            predicate, on: variable, subject: identifier(of: variable))
        else { return nil }
        return .nodeByIdSeek(
          variable: variable, label: label, identifier: identifier, ids: ids, scanWhen: scanWhen)
      }
    }
  }

  /// `(identifier, ids)` when `predicate` is `id(variable) = ids`, `ids = id(variable)` or
  /// `id(variable) IN ids`, or the same with `elementId`.
  static func seekable(_ predicate: Expression, on variable: String)
    -> (NodeIdentifier, SeekValue)?
  {
    SeekPredicate.match(predicate, on: variable, subject: identifier(of: variable))
  }

  /// The identifier of `id(variable)` or `elementId(variable)`.
  private static func identifier(of variable: String) -> (Expression) -> NodeIdentifier? {
    { subject in
      guard case .function(let name, isDistinct: false, let arguments) = subject.kind,
        arguments.count == 1, case .variable(variable) = arguments[0].kind
      else { return nil }
      return NodeIdentifier(functionName: name)
    }
  }
}
