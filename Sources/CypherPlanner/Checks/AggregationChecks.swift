import CypherSyntax

extension Binder {
  /// In a projection that aggregates, an expression that mixes aggregates with other values
  /// may use, outside its aggregates, only grouping keys that are variables or property reads
  /// (`n`, `n.age`) — and in ORDER BY also the projected columns.
  func checkAggregationExpressions(_ projection: Projection) throws(SemanticError) {
    let aggregating = projection.items.filter { ExpressionWalk.containsAggregate($0.expression) }
    guard !aggregating.isEmpty else { return }
    var keys = Set(
      projection.items.filter { isSimpleKey($0.expression) }.map {
        ASTPrinter.print($0.expression)
      })
    if projection.includesAll { keys.formUnion(scope.variables.keys.map(CypherText.name)) }
    for item in aggregating { try checkGrouped(item.expression, keys: keys, columns: []) }
    let columns = Set(projection.items.map(\.columnName))
    for sortItem in projection.orderBy where ExpressionWalk.containsAggregate(sortItem.expression) {
      try checkGrouped(sortItem.expression, keys: keys, columns: columns)
    }
  }

  private func isSimpleKey(_ expression: Expression) -> Bool {
    switch expression.kind {
    case .variable: return true
    case .property(let subject, _): return ExpressionWalk.isVariable(subject)
    default: return false
    }
  }

  private func checkGrouped(_ expression: Expression, keys: Set<String>, columns: Set<String>)
    throws(SemanticError)
  {
    switch expression.kind {
    case .countAll: return
    case .function(let name, _, _) where Functions.aggregates.contains(name.lowercased()): return
    default: break
    }
    if keys.contains(ASTPrinter.print(expression)) { return }
    switch expression.kind {
    case .listComprehension(let variable, let source, let predicate, let projection):
      // The comprehension's own variable is as good as a key inside it.
      try checkGrouped(source, keys: keys, columns: columns)
      for part in [predicate, projection].compactMap({ $0 }) {
        try checkGrouped(part, keys: keys, columns: columns.union([variable]))
      }
      return
    case .reduce(let accumulator, let initial, let variable, let source, let expression):
      try checkGrouped(initial, keys: keys, columns: columns)
      try checkGrouped(source, keys: keys, columns: columns)
      try checkGrouped(expression, keys: keys, columns: columns.union([accumulator, variable]))
      return
    case .quantifier(_, let variable, let source, let predicate):
      try checkGrouped(source, keys: keys, columns: columns)
      if let predicate {
        try checkGrouped(predicate, keys: keys, columns: columns.union([variable]))
      }
      return
    case .patternComprehension, .patternPredicate, .exists, .count:
      return
    default: break
    }
    if case .variable(let name) = expression.kind {
      guard columns.contains(name) else {
        throw SemanticError(
          .ambiguousAggregationExpression,
          "`\(name)` is used beside an aggregate but is not a grouping key of this projection",
          at: expression.span)
      }
      return
    }
    for child in ExpressionWalk.children(of: expression) {
      try checkGrouped(child, keys: keys, columns: columns)
    }
  }
}
