import CypherSyntax

extension Binder {
  /// Binds one clause; returns the columns it produces (RETURN's, else none).
  mutating func bind(_ clause: Clause) throws(SemanticError) -> [String] {
    switch clause {
    case .match(let match):
      try bindPattern(match.pattern, mode: .match)
      if let predicate = match.predicate { try checkPredicate(predicate) }
    case .unwind(let unwind):
      try check(unwind.expression, context: .plain)
      try introduce(unwind.variable.name, at: unwind.variable.span, as: .value)
      scope.bindValue(unwind.variable.name, type: elementType(of: unwind.expression))
    case .with(let with):
      let before = scope
      try bindProjection(with.projection, isReturn: false)
      if let predicate = with.predicate {
        // Like ORDER BY, WITH's WHERE also sees the variables from before the WITH.
        let projected = scope
        scope = before.overlaid(by: projected)
        try checkPredicate(predicate)
        scope = projected
      }
    case .return(let ret):
      return try bindProjection(ret.projection, isReturn: true)
    case .create(let create):
      guard !isSubquery else { throw updatingInSubquery("CREATE", create.span) }
      try bindPattern(create.pattern, mode: .create)
    case .merge(let merge):
      guard !isSubquery else { throw updatingInSubquery("MERGE", merge.span) }
      try bindParts([BindablePart(merge.part)], mode: .merge)
      for item in merge.onCreate + merge.onMatch { try check(item) }
    case .set(let set):
      guard !isSubquery else { throw updatingInSubquery("SET", set.span) }
      for item in set.items { try check(item) }
    case .remove(let remove):
      guard !isSubquery else { throw updatingInSubquery("REMOVE", remove.span) }
      for item in remove.items {
        switch item {
        case .property(let target, _): try check(target, context: .plain)
        case .labels(let variable, _): try requireBound(variable.name, at: variable.span)
        }
      }
    case .delete(let delete):
      guard !isSubquery else { throw updatingInSubquery("DELETE", delete.span) }
      for expression in delete.expressions {
        if case .hasLabels = expression.kind {
          throw SemanticError(
            .invalidDelete, "DELETE takes nodes, relationships or paths, not label expressions",
            at: expression.span)
        }
        try check(expression, context: .plain)
      }
    }
    return []
  }

  private func updatingInSubquery(_ clause: String, _ span: SourceSpan) -> SemanticError {
    SemanticError(
      .invalidClauseComposition, "\(clause) is not allowed inside an EXISTS or COUNT subquery",
      at: span)
  }

  /// Adds a new variable, refusing one already in scope.
  mutating func introduce(_ name: String, at span: SourceSpan, as kind: VariableKind)
    throws(SemanticError)
  {
    guard scope.kind(of: name) == nil else {
      throw SemanticError(.variableAlreadyBound, "Variable `\(name)` already declared", at: span)
    }
    scope.bind(name, as: kind)
  }

  private mutating func check(_ item: SetItem) throws(SemanticError) {
    switch item {
    case .property(let target, _, let value):
      try check(target, context: .plain)
      try check(value, context: .plain)
    case .replaceProperties(let variable, let value), .mergeProperties(let variable, let value):
      try requireBound(variable.name, at: variable.span)
      try check(value, context: .plain)
    case .labels(let variable, _):
      try requireBound(variable.name, at: variable.span)
    }
  }

  // MARK: Projections

  /// Checks WITH's or RETURN's items and replaces the scope with what they project.
  @discardableResult
  mutating func bindProjection(_ projection: Projection, isReturn: Bool) throws(SemanticError)
    -> [String]
  {
    if isReturn && projection.includesAll && scope.variables.isEmpty {
      throw SemanticError(
        .noVariablesInScope, "RETURN * is not allowed when there are no variables in scope",
        at: projection.items.first?.expression.span
          ?? SourceSpan(start: 0, end: 0, line: 1, column: 1))
    }
    try checkAggregationExpressions(projection)
    var projected = projection.includesAll ? scope : Scope()
    var columns = projection.includesAll ? scope.variables.keys.sorted() : []
    for item in projection.items {
      try check(item.expression, context: .projection)
      if !isReturn && item.alias == nil && !ExpressionWalk.isVariable(item.expression) {
        throw SemanticError(
          .noExpressionAlias, "Expression in WITH must be aliased (use AS)",
          at: item.expression.span)
      }
      let name = item.columnName
      guard !columns.contains(name) else {
        throw SemanticError(
          .columnNameConflict,
          "Multiple result columns with the same name `\(name)` are not supported",
          at: item.expression.span)
      }
      columns.append(name)
      let kind = kind(of: item.expression)
      if kind == .value {
        projected.bindValue(name, type: staticType(of: item.expression))
      } else {
        projected.bind(name, as: kind)
      }
    }
    try checkOrderBy(projection, projected: projected)
    scope = projected
    for (keyword, expression) in [("SKIP", projection.skip), ("LIMIT", projection.limit)] {
      if let expression { try checkConstantCount(expression, keyword: keyword) }
    }
    return isReturn ? columns : []
  }

  /// ORDER BY sees what was in scope as well as what is projected — except after DISTINCT or
  /// aggregation, where only projected names and the projected expressions themselves remain.
  /// It may aggregate only when the projection does.
  private mutating func checkOrderBy(_ projection: Projection, projected: Scope)
    throws(SemanticError)
  {
    let isAggregating = projection.items.contains {
      ExpressionWalk.containsAggregate($0.expression)
    }
    let itemTexts = Set(projection.items.map { ASTPrinter.print($0.expression) })
    let before = scope
    defer { scope = before }
    for sortItem in projection.orderBy {
      let expression = sortItem.expression
      if !isAggregating && ExpressionWalk.containsAggregate(expression) {
        throw SemanticError(
          .invalidAggregation, "ORDER BY cannot aggregate unless the projection does",
          at: expression.span)
      }
      if projection.isDistinct || isAggregating {
        scope = projected
        try checkAfterProjection(expression, itemTexts: itemTexts)
      } else {
        scope = before.overlaid(by: projected)
        try check(expression, context: .projection)
      }
    }
  }

  /// Checks a sort expression against the projected scope, where any part that repeats a
  /// projected item's expression stands for that item.
  private mutating func checkAfterProjection(_ expression: Expression, itemTexts: Set<String>)
    throws(SemanticError)
  {
    if itemTexts.contains(ASTPrinter.print(expression)) { return }
    switch expression.kind {
    case .function(let name, _, _) where !Functions.aggregates.contains(name.lowercased()):
      guard Functions.known.contains(name.lowercased()) else {
        throw SemanticError(.unknownFunction, "Unknown function '\(name)'", at: expression.span)
      }
      for child in ExpressionWalk.children(of: expression) {
        try checkAfterProjection(child, itemTexts: itemTexts)
      }
    case .literal, .parameter, .list, .map, .property, .index, .slice, .hasLabels, .unary, .binary,
      .comparison,
      .isNull, .caseExpression:
      for child in ExpressionWalk.children(of: expression) {
        try checkAfterProjection(child, itemTexts: itemTexts)
      }
    default:
      try check(expression, context: .projection)
    }
  }

  /// The kind a projected expression keeps: a variable keeps its own.
  private func kind(of expression: Expression) -> VariableKind {
    if case .variable(let name) = expression.kind { return scope.kind(of: name) ?? .value }
    return .value
  }

  /// SKIP and LIMIT take a constant non-negative integer.
  private func checkConstantCount(_ expression: Expression, keyword: String) throws(SemanticError) {
    if ExpressionWalk.containsVariable(expression) {
      throw SemanticError(
        .nonConstantExpression, "\(keyword) must be a constant expression, without variables",
        at: expression.span)
    }
    switch expression.kind {
    case .literal(.integer(let count)) where count < 0:
      throw SemanticError(
        .negativeIntegerArgument, "\(keyword) cannot be negative: \(count)", at: expression.span)
    case .literal(.float), .literal(.string), .literal(.boolean):
      throw SemanticError(
        .invalidArgumentType, "\(keyword) must be an integer", at: expression.span)
    default:
      return
    }
  }
}
