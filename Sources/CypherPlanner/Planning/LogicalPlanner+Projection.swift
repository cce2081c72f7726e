import CypherSyntax

extension LogicalPlanner {
  /// Plans WITH or RETURN: the items (grouped when any aggregates), DISTINCT, ORDER BY, SKIP,
  /// LIMIT, WITH's WHERE, and finally the new scope.
  mutating func planProjection(_ projection: Projection, predicate: Expression?) {
    let visible = bound.filter(Self.isNamed).sorted()
    let items =
      (projection.includesAll
        ? visible.map { NamedExpression($0, Expression(.variable($0), .none)) }
        : []) + projection.items.map { NamedExpression($0.columnName, $0.expression) }
    let itemNames = Dictionary(
      items.map { (ASTPrinter.print($0.expression), $0.name) },
      uniquingKeysWith: { first, _ in first })
    // A sort key that repeats an item's expression stands for that item's column.
    var orderBy = projection.orderBy.map { item in
      SortItem(
        expression: item.expression.rewritten { expression in
          itemNames[ASTPrinter.print(expression)].map { Expression(.variable($0), expression.span) }
        }, isDescending: item.isDescending)
    }

    if items.contains(where: { ExpressionWalk.containsAggregate($0.expression) }) {
      var aggregates: [NamedExpression] = []
      var keys: [NamedExpression] = []
      var results: [NamedExpression] = []
      for item in items where !ExpressionWalk.containsAggregate(item.expression) {
        keys.append(item)
      }
      // Outside its aggregates, an aggregating item reads grouping keys: their columns.
      let keyColumns = Dictionary(
        keys.map { (ASTPrinter.print($0.expression), $0.name) },
        uniquingKeysWith: { first, _ in first })
      for item in items where ExpressionWalk.containsAggregate(item.expression) {
        let expression = extract(item.expression, into: &aggregates).rewritten { candidate in
          keyColumns[ASTPrinter.print(candidate)].map { Expression(.variable($0), candidate.span) }
        }
        results.append(NamedExpression(item.name, expression))
      }
      orderBy = orderBy.map {
        SortItem(
          expression: extract($0.expression, into: &aggregates), isDescending: $0.isDescending)
      }
      operators.append(.aggregate(keys: keys, aggregates: aggregates))
      if !results.isEmpty { operators.append(.project(results)) }
    } else {
      let computed = items.filter { item in
        if case .variable(let name) = item.expression.kind, name == item.name { return false }
        return true
      }
      if !computed.isEmpty { operators.append(.project(computed)) }
    }
    if projection.isDistinct { operators.append(.distinct(items.map(\.name))) }
    if !orderBy.isEmpty { operators.append(.sort(orderBy)) }
    if let skip = projection.skip { operators.append(.skip(skip)) }
    if let limit = projection.limit { operators.append(.limit(limit)) }
    if let predicate { operators.append(.filter(predicate)) }
    operators.append(.select(items.map(\.name)))
    bound = Set(items.map(\.name))
  }

  /// `expression` with each aggregate call replaced by a variable naming it, the calls added
  /// to `aggregates` (a call already there is reused).
  private mutating func extract(_ expression: Expression, into aggregates: inout [NamedExpression])
    -> Expression
  {
    expression.rewritten { candidate in
      guard Self.isAggregateCall(candidate) else { return nil }
      let text = ASTPrinter.print(candidate)
      let name =
        aggregates.first { ASTPrinter.print($0.expression) == text }?.name
        ?? {
          let name = "  aggregate_\(aggregates.count)"
          aggregates.append(NamedExpression(name, candidate))
          return name
        }()
      return Expression(.variable(name), candidate.span)
    }
  }

  private static func isAggregateCall(_ expression: Expression) -> Bool {
    switch expression.kind {
    case .countAll: return true
    case .function(let name, _, _): return Functions.aggregates.contains(name.lowercased())
    default: return false
    }
  }
}

extension SourceSpan {
  /// The span of something the planner wrote, not the query.
  static let none = SourceSpan(start: 0, end: 0, line: 1, column: 1)
}
