import CypherSyntax

/// Where an expression stands, which decides whether it may aggregate.
enum ExpressionContext {
  /// A WITH or RETURN item, or its ORDER BY: aggregates allowed.
  case projection
  /// A WHERE predicate.
  case predicate
  /// Anywhere else.
  case plain
}

extension Binder {
  mutating func check(_ expression: Expression, context: ExpressionContext) throws(SemanticError) {
    switch expression.kind {
    case .variable(let name):
      try requireBound(name, at: expression.span)
    case .function(let name, _, let arguments):
      try checkCall(name, arguments, context: context, at: expression.span)
    case .countAll:
      try checkAggregateAllowed("count(*)", context: context, at: expression.span)
    case .listComprehension(let variable, let source, let predicate, let projection):
      try check(source, context: context)
      try withLocalScope(adding: variable, type: elementType(of: source)) {
        (binder: inout Binder) throws(SemanticError) in
        if let predicate { try binder.checkPredicate(predicate) }
        if let projection { try binder.check(projection, context: .plain) }
      }
    case .reduce(let accumulator, let initial, let variable, let source, let expression):
      try check(initial, context: context)
      try check(source, context: context)
      try withLocalScope(adding: accumulator) { (binder: inout Binder) throws(SemanticError) in
        try binder.withLocalScope(adding: variable, type: binder.elementType(of: source)) {
          (binder: inout Binder) throws(SemanticError) in
          try binder.check(expression, context: .plain)
        }
      }
    case .quantifier(_, let variable, let source, let predicate):
      try check(source, context: context)
      try withLocalScope(adding: variable, type: elementType(of: source)) {
        (binder: inout Binder) throws(SemanticError) in
        if let predicate { try binder.checkPredicate(predicate) }
      }
    case .patternComprehension(let pathVariable, let pattern, let predicate, let projection):
      try withLocalScope(adding: nil) { (binder: inout Binder) throws(SemanticError) in
        try binder.bindParts([BindablePart(path: pathVariable, element: pattern)], mode: .match)
        if let predicate { try binder.check(predicate, context: .plain) }
        try binder.check(projection, context: .plain)
      }
    case .patternPredicate(let element):
      guard context == .predicate else {
        throw SemanticError(
          .unexpectedSyntax,
          "A pattern can only be used as a predicate in WHERE; use a pattern comprehension",
          at: expression.span)
      }
      // A pattern used as a predicate matches what is bound; it cannot introduce variables.
      for variable in Self.variables(of: element) {
        try requireBound(variable.name, at: variable.span)
      }
      try withLocalScope(adding: nil) { (binder: inout Binder) throws(SemanticError) in
        try binder.bindParts([BindablePart(path: nil, element: element)], mode: .match)
      }
    case .exists(let subquery), .count(let subquery):
      var inner = Binder(scope: scope, isSubquery: true)
      switch subquery {
      case .pattern(let pattern, let predicate):
        try inner.bindPattern(pattern, mode: .match)
        if let predicate { try inner.checkPredicate(predicate) }
      case .query(let query):
        _ = try inner.bindQuery(query)
      }
    default:
      try checkTypes(expression)
      for child in ExpressionWalk.children(of: expression) { try check(child, context: context) }
    }
  }

  /// Checks a WHERE predicate, which must be able to be a Boolean.
  mutating func checkPredicate(_ predicate: Expression) throws(SemanticError) {
    try check(predicate, context: .predicate)
    if let type = staticType(of: predicate), !type.isBooleanLike {
      throw SemanticError(
        .invalidArgumentType, "A predicate must be a Boolean, not a \(type.name)",
        at: predicate.span)
    }
  }

  private mutating func checkCall(
    _ name: String, _ arguments: [Expression], context: ExpressionContext, at span: SourceSpan
  ) throws(SemanticError) {
    let function = name.lowercased()
    guard Functions.known.contains(function) else {
      throw SemanticError(.unknownFunction, "Unknown function '\(name)'", at: span)
    }
    guard Functions.aggregates.contains(function) else {
      try checkArgumentTypes(function, arguments, at: span)
      for argument in arguments { try check(argument, context: context) }
      return
    }
    if arguments.contains(where: ExpressionWalk.callsRandom) {
      throw SemanticError(
        .nonConstantExpression, "\(name)() cannot aggregate a random value", at: span)
    }
    try checkAggregateAllowed(name, context: context, at: span)
    for argument in arguments {
      if ExpressionWalk.containsAggregate(argument) {
        throw SemanticError(
          .nestedAggregation,
          "Aggregate functions cannot be nested: \(name)(…) contains another aggregate",
          at: argument.span)
      }
      try check(argument, context: .plain)
    }
  }

  private func checkAggregateAllowed(
    _ name: String, context: ExpressionContext, at span: SourceSpan
  ) throws(SemanticError) {
    guard context == .projection else {
      throw SemanticError(
        .invalidAggregation, "Aggregation (\(name)) is only allowed in WITH and RETURN", at: span)
    }
  }

  /// Runs `body` with `variable` added to the scope, then restores the scope.
  private mutating func withLocalScope(
    adding variable: String?, type: StaticType? = nil,
    _ body: (inout Binder) throws(SemanticError) -> Void
  ) throws(SemanticError) {
    let saved = scope
    defer { scope = saved }
    if let variable { scope.bindValue(variable, type: type) }
    try body(&self)
  }
}
