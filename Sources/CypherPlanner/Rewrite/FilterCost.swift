import CypherSyntax

/// A rough rank of what a filter costs per row, to test the cheap ones first.
enum FilterCost {
  /// The order to test filters in: by `rank`, then the equalities (`=`, `IN`, which keep few
  /// rows) before the rest (ranges, negations, which keep many).
  static func order(of predicate: Expression) -> (rank: Int, keepsMany: Int) {
    (rank(of: predicate), isEquality(predicate) ? 0 : 1)
  }

  private static func isEquality(_ predicate: Expression) -> Bool {
    switch predicate.kind {
    case .binary(.in, _, _): return true
    case .comparison(_, let steps): return steps.allSatisfy { $0.comparison == .equal }
    default: return false
    }
  }

  /// 0: only values already in the row, parameters and literals (`x IS NULL`, `m IN list`,
  /// `id(n) = $id`); 1: reads entities (`n.key`, `n:Label`, `labels(n)`); 2: runs a pattern or
  /// subquery (`EXISTS { … }`, a pattern comprehension).
  static func rank(of predicate: Expression) -> Int {
    switch predicate.kind {
    case .patternPredicate, .patternComprehension, .exists, .count:
      return 2
    default:
      let own = readsEntities(predicate) ? 1 : 0
      return ExpressionWalk.children(of: predicate).map(rank).reduce(own, max)
    }
  }

  /// Whether `expression` itself (not its children) reads a node or relationship.
  private static func readsEntities(_ expression: Expression) -> Bool {
    switch expression.kind {
    case .property, .hasLabels: return true
    case .function(let name, _, _): return entityFunctions.contains(name.lowercased())
    default: return false
    }
  }

  /// Functions that read an entity's labels, type or properties.
  private static let entityFunctions: Set<String> = [
    "labels", "type", "properties", "keys", "startnode", "endnode",
  ]
}
