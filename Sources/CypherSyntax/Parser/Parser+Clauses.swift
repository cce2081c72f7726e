extension Parser {
  /// The next clause, or nil at the end of a single query (end, `UNION`, `;`, `}`).
  mutating func parseClause() throws(SyntaxError) -> Clause? {
    let start = current.span
    if isKeyword("OPTIONAL") || isKeyword("MATCH") {
      let isOptional = acceptKeyword("OPTIONAL")
      try expectKeyword("MATCH")
      let pattern = try parsePattern()
      let predicate = try parseWhere()
      return .match(
        MatchClause(
          isOptional: isOptional, pattern: pattern, predicate: predicate, span: spanned(from: start)
        ))
    }
    if acceptKeyword("UNWIND") {
      let expression = try parseExpression()
      try expectKeyword("AS")
      let variable = try expectName("a variable")
      return .unwind(
        UnwindClause(expression: expression, variable: variable, span: spanned(from: start)))
    }
    if acceptKeyword("WITH") {
      let projection = try parseProjection()
      let predicate = try parseWhere()
      return .with(
        WithClause(projection: projection, predicate: predicate, span: spanned(from: start)))
    }
    if acceptKeyword("RETURN") {
      return .return(ReturnClause(projection: try parseProjection(), span: spanned(from: start)))
    }
    if acceptKeyword("CREATE") {
      return .create(CreateClause(pattern: try parsePattern(), span: spanned(from: start)))
    }
    if acceptKeyword("MERGE") { return .merge(try parseMergeRest(from: start)) }
    if acceptKeyword("SET") {
      return .set(SetClause(items: try parseSetItems(), span: spanned(from: start)))
    }
    if acceptKeyword("REMOVE") {
      return .remove(RemoveClause(items: try parseRemoveItems(), span: spanned(from: start)))
    }
    if isKeyword("DETACH") || isKeyword("DELETE") {
      let isDetach = acceptKeyword("DETACH")
      try expectKeyword("DELETE")
      let expressions = try parseCommaSeparated { (parser: inout Parser) throws(SyntaxError) in
        try parser.parseExpression()
      }
      return .delete(
        DeleteClause(isDetach: isDetach, expressions: expressions, span: spanned(from: start)))
    }
    if current.kind == .end || isKeyword("UNION") || check(.semicolon) || check(.rightBrace) {
      return nil
    }
    throw unexpected(expecting: "a clause such as MATCH, CREATE, WITH or RETURN")
  }

  /// The span from `start` to the last token read.
  func spanned(from start: SourceSpan) -> SourceSpan { start.through(previous.span) }

  mutating func parseWhere() throws(SyntaxError) -> Expression? {
    acceptKeyword("WHERE") ? try parseExpression() : nil
  }

  mutating func parseCommaSeparated<T>(_ item: (inout Parser) throws(SyntaxError) -> T)
    throws(SyntaxError) -> [T]
  {
    var items = [try item(&self)]
    while accept(.comma) { items.append(try item(&self)) }
    return items
  }

  // MARK: Projections

  mutating func parseProjection() throws(SyntaxError) -> Projection {
    let isDistinct = acceptKeyword("DISTINCT")
    var includesAll = false
    var items: [ProjectionItem] = []
    if accept(.star) {
      includesAll = true
      if accept(.comma) {
        items = try parseCommaSeparated { (parser: inout Parser) throws(SyntaxError) in
          try parser.parseProjectionItem()
        }
      }
    } else {
      items = try parseCommaSeparated { (parser: inout Parser) throws(SyntaxError) in
        try parser.parseProjectionItem()
      }
    }
    var orderBy: [SortItem] = []
    if acceptKeyword("ORDER") {
      try expectKeyword("BY")
      orderBy = try parseCommaSeparated { (parser: inout Parser) throws(SyntaxError) in
        try parser.parseSortItem()
      }
    }
    let skip = acceptKeyword("SKIP") ? try parseExpression() : nil
    let limit = acceptKeyword("LIMIT") ? try parseExpression() : nil
    return Projection(
      isDistinct: isDistinct, includesAll: includesAll, items: items, orderBy: orderBy, skip: skip,
      limit: limit)
  }

  mutating func parseProjectionItem() throws(SyntaxError) -> ProjectionItem {
    let expression = try parseExpression()
    let text = source.text(of: expression.span).trimmingWhitespace()
    let alias = acceptKeyword("AS") ? try expectName("an alias") : nil
    return ProjectionItem(expression: expression, alias: alias, text: text)
  }

  mutating func parseSortItem() throws(SyntaxError) -> SortItem {
    let expression = try parseExpression()
    var isDescending = false
    if acceptKeyword("DESC") || acceptKeyword("DESCENDING") {
      isDescending = true
    } else {
      _ = acceptKeyword("ASC") || acceptKeyword("ASCENDING")
    }
    return SortItem(expression: expression, isDescending: isDescending)
  }

  // MARK: Updates

  mutating func parseMergeRest(from start: SourceSpan) throws(SyntaxError) -> MergeClause {
    let part = try parsePatternPart()
    var onCreate: [SetItem] = []
    var onMatch: [SetItem] = []
    while acceptKeyword("ON") {
      if acceptKeyword("CREATE") {
        try expectKeyword("SET")
        onCreate += try parseSetItems()
      } else if acceptKeyword("MATCH") {
        try expectKeyword("SET")
        onMatch += try parseSetItems()
      } else {
        throw unexpected(expecting: "CREATE or MATCH")
      }
    }
    return MergeClause(part: part, onCreate: onCreate, onMatch: onMatch, span: spanned(from: start))
  }

  mutating func parseSetItems() throws(SyntaxError) -> [SetItem] {
    try parseCommaSeparated { (parser: inout Parser) throws(SyntaxError) in
      try parser.parseSetItem()
    }
  }

  mutating func parseSetItem() throws(SyntaxError) -> SetItem {
    if case .word = current.kind,
      check(.equal, ahead: 1) || check(.plusEqual, ahead: 1) || check(.colon, ahead: 1)
    {
      let variable = try expectName("a variable")
      if accept(.equal) {
        return .replaceProperties(variable: variable, value: try parseExpression())
      }
      if accept(.plusEqual) {
        return .mergeProperties(variable: variable, value: try parseExpression())
      }
      return .labels(variable: variable, labels: try parseLabelList())
    }
    let (target, key) = try parsePropertyTarget()
    try expect(.equal)
    return .property(target: target, key: key, value: try parseExpression())
  }

  mutating func parseRemoveItems() throws(SyntaxError) -> [RemoveItem] {
    try parseCommaSeparated { (parser: inout Parser) throws(SyntaxError) -> RemoveItem in
      if case .word = parser.current.kind, parser.check(.colon, ahead: 1) {
        let variable = try parser.expectName("a variable")
        return .labels(variable: variable, labels: try parser.parseLabelList())
      }
      let (target, key) = try parser.parsePropertyTarget()
      return .property(target: target, key: key)
    }
  }

  /// `:A:B` after a variable in SET and REMOVE.
  mutating func parseLabelList() throws(SyntaxError) -> [Identifier] {
    var labels: [Identifier] = []
    while accept(.colon) { labels.append(try expectName("a label")) }
    return labels
  }

  /// `expression.key`, the left side of a property assignment or removal.
  mutating func parsePropertyTarget() throws(SyntaxError) -> (Expression, String) {
    let expression = try parsePostfixExpression()
    guard case .property(let target, let key) = expression.kind else {
      throw SyntaxError(
        .unexpectedSyntax, "Expected a property such as n.name", at: expression.span)
    }
    return (target, key)
  }
}

extension String {
  func trimmingWhitespace() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}
