extension Parser {
  mutating func parseAtom() throws(SyntaxError) -> Expression {
    let start = current.span
    switch current.kind {
    case .integer(let text):
      position += 1
      return Expression(
        .literal(.integer(try IntegerLiteral.value(of: text, negated: false, at: start))), start)
    case .float(let text):
      position += 1
      guard let value = Double(text), value.isFinite else {
        throw SyntaxError(
          .invalidNumberLiteral, "Float literal '\(text)' is out of range", at: start)
      }
      return Expression(.literal(.float(value)), start)
    case .string(let value):
      position += 1
      return Expression(.literal(.string(value)), start)
    case .parameter(let name):
      position += 1
      return Expression(.parameter(name), start)
    case .symbol(.leftBracket):
      return try parseBracketed()
    case .symbol(.leftBrace):
      return try parseMapLiteral()
    case .symbol(.leftParenthesis):
      if let pattern = speculate({ (parser: inout Parser) throws(SyntaxError) in
        try parser.parsePatternPredicate()
      }) {
        return pattern
      }
      position += 1
      let inner = try parseExpression()
      try expect(.rightParenthesis)
      return Expression(inner.kind, spanned(from: start))
    case .word(let word):
      return try parseWordAtom(word.uppercased())
    case .quotedName(let name):
      position += 1
      return Expression(.variable(name), start)
    default:
      throw unexpected(expecting: "an expression")
    }
  }

  private mutating func parseWordAtom(_ keyword: String) throws(SyntaxError) -> Expression {
    let start = current.span
    switch keyword {
    case "NULL", "TRUE", "FALSE":
      position += 1
      let literal: Literal = keyword == "NULL" ? .null : .boolean(keyword == "TRUE")
      return Expression(.literal(literal), start)
    case "CASE":
      return try parseCase()
    case "COUNT"
    where check(.leftParenthesis, ahead: 1) && check(.star, ahead: 2)
      && check(.rightParenthesis, ahead: 3):
      position += 4
      return Expression(.countAll, spanned(from: start))
    case "EXISTS" where check(.leftBrace, ahead: 1), "COUNT" where check(.leftBrace, ahead: 1):
      position += 2
      let subquery = try parseSubqueryBody()
      return Expression(
        keyword == "EXISTS" ? .exists(subquery) : .count(subquery), spanned(from: start))
    case "REDUCE"
    where check(.leftParenthesis, ahead: 1) && isName(ahead: 2) && check(.equal, ahead: 3):
      return try parseReduce()
    case "ALL", "ANY", "NONE", "SINGLE":
      if check(.leftParenthesis, ahead: 1), isName(ahead: 2), isKeyword("IN", ahead: 3) {
        return try parseQuantifier(Quantifier(rawValue: keyword.lowercased()) ?? .all)
      }
    default:
      break
    }
    if let call = try parseFunctionCallIfPresent() { return call }
    guard !ReservedWords.contains(keyword) else { throw unexpected(expecting: "an expression") }
    let name = try expectName("an expression")
    return Expression(.variable(name.name), name.span)
  }

  private func isName(ahead: Int) -> Bool {
    switch peek(ahead).kind {
    case .word, .quotedName: return true
    default: return false
    }
  }

  /// `name(…)` or `namespace.name(…)`, if the words ahead lead to a parenthesis.
  private mutating func parseFunctionCallIfPresent() throws(SyntaxError) -> Expression? {
    var ahead = 0
    while isName(ahead: ahead) && check(.dot, ahead: ahead + 1) { ahead += 2 }
    guard isName(ahead: ahead), check(.leftParenthesis, ahead: ahead + 1) else { return nil }
    let start = current.span
    var parts: [String] = []
    while true {
      parts.append(try expectName("a function name").name)
      if accept(.leftParenthesis) { break }
      try expect(.dot)
    }
    let isDistinct = acceptKeyword("DISTINCT")
    var arguments: [Expression] = []
    if !check(.rightParenthesis) {
      arguments = try parseCommaSeparated { (parser: inout Parser) throws(SyntaxError) in
        try parser.parseExpression()
      }
    }
    try expect(.rightParenthesis)
    return Expression(
      .function(name: parts.joined(separator: "."), isDistinct: isDistinct, arguments: arguments),
      spanned(from: start))
  }

  /// `reduce(total = 0, x IN list | total + x)`.
  private mutating func parseReduce() throws(SyntaxError) -> Expression {
    let start = current.span
    position += 2
    let accumulator = try expectName("a variable")
    try expect(.equal)
    let initial = try parseExpression()
    try expect(.comma)
    let variable = try expectName("a variable")
    try expectKeyword("IN")
    let source = try parseExpression()
    try expect(.pipe)
    let expression = try parseExpression()
    try expect(.rightParenthesis)
    return Expression(
      .reduce(
        accumulator: accumulator.name, initial: initial, variable: variable.name, source: source,
        expression: expression),
      spanned(from: start))
  }

  /// `all(x IN list WHERE predicate)` and its siblings.
  private mutating func parseQuantifier(_ quantifier: Quantifier) throws(SyntaxError) -> Expression
  {
    let start = current.span
    position += 2
    let variable = try expectName("a variable")
    try expectKeyword("IN")
    let source = try parseExpression()
    let predicate = try parseWhere()
    try expect(.rightParenthesis)
    return Expression(
      .quantifier(quantifier, variable: variable.name, source: source, predicate: predicate),
      spanned(from: start))
  }

  /// A list literal, a list comprehension or a pattern comprehension.
  private mutating func parseBracketed() throws(SyntaxError) -> Expression {
    let start = current.span
    if isName(ahead: 1) && isKeyword("IN", ahead: 2) {
      position += 1
      let variable = try expectName("a variable")
      try expectKeyword("IN")
      let source = try parseExpression()
      let predicate = try parseWhere()
      let projection = accept(.pipe) ? try parseExpression() : nil
      try expect(.rightBracket)
      return Expression(
        .listComprehension(
          variable: variable.name, source: source, predicate: predicate, projection: projection),
        spanned(from: start))
    }
    if let comprehension = speculate({ (parser: inout Parser) throws(SyntaxError) in
      try parser.parsePatternComprehension()
    }) {
      return comprehension
    }
    position += 1
    var elements: [Expression] = []
    if !check(.rightBracket) {
      elements = try parseCommaSeparated { (parser: inout Parser) throws(SyntaxError) in
        try parser.parseExpression()
      }
    }
    try expect(.rightBracket)
    return Expression(.list(elements), spanned(from: start))
  }

  private mutating func parsePatternComprehension() throws(SyntaxError) -> Expression {
    let start = current.span
    try expect(.leftBracket)
    var pathVariable: String?
    if check(.equal, ahead: 1), let name = acceptName() {
      pathVariable = name.name
      try expect(.equal)
    }
    let element = try parsePatternElement()
    guard !element.steps.isEmpty || pathVariable != nil else {
      throw unexpected(expecting: "a relationship")
    }
    let afterPattern = position
    var firstError: SyntaxError?
    // Labels may be joined by bars (`t:B|C`), so which `|` separates the projection is tried
    // from the first to the last, once reading labels as far as they go has failed.
    let outerBar = comprehensionBar
    defer { comprehensionBar = outerBar }
    for bar in [nil] + barsBeforeClosingBracket() {
      position = afterPattern
      comprehensionBar = bar
      do {
        let predicate = try parseWhere()
        if let bar, position != bar { continue }
        try expect(.pipe)
        comprehensionBar = outerBar
        let projection = try parseExpression()
        try expect(.rightBracket)
        return Expression(
          .patternComprehension(
            pathVariable: pathVariable, pattern: element, predicate: predicate,
            projection: projection),
          spanned(from: start))
      } catch {
        if firstError == nil { firstError = error }
      }
    }
    throw firstError ?? unexpected(expecting: "'|'")
  }

  /// The positions of the `|` tokens from here to the `]` closing the current bracket, outside
  /// any nested brackets, parentheses or braces.
  private func barsBeforeClosingBracket() -> [Int] {
    var bars: [Int] = []
    var depth = 0
    for index in position..<tokens.count {
      guard case .symbol(let symbol) = tokens[index].kind else { continue }
      switch symbol {
      case .leftParenthesis, .leftBracket, .leftBrace: depth += 1
      case .rightParenthesis, .rightBrace: depth -= 1
      case .rightBracket:
        if depth == 0 { return bars }
        depth -= 1
      case .pipe where depth == 0: bars.append(index)
      default: break
      }
    }
    return bars
  }

  /// `(a)-[…]-(b)…` in an expression: at least one relationship.
  private mutating func parsePatternPredicate() throws(SyntaxError) -> Expression {
    let element = try parsePatternElement()
    guard !element.steps.isEmpty else { throw unexpected(expecting: "a relationship") }
    return Expression(.patternPredicate(element), element.span)
  }

  mutating func parseMapLiteral() throws(SyntaxError) -> Expression {
    let start = current.span
    try expect(.leftBrace)
    var entries: [MapEntry] = []
    if !check(.rightBrace) {
      entries = try parseCommaSeparated { (parser: inout Parser) throws(SyntaxError) -> MapEntry in
        let key = try parser.expectName("a map key")
        try parser.expect(.colon)
        return MapEntry(key: key.name, value: try parser.parseExpression())
      }
    }
    try expect(.rightBrace)
    return Expression(.map(entries), spanned(from: start))
  }

  /// `CASE [subject] WHEN … THEN … [ELSE …] END`.
  private mutating func parseCase() throws(SyntaxError) -> Expression {
    let start = current.span
    try expectKeyword("CASE")
    let subject = isKeyword("WHEN") ? nil : try parseExpression()
    var branches: [CaseBranch] = []
    while acceptKeyword("WHEN") {
      let condition = try parseExpression()
      try expectKeyword("THEN")
      branches.append(CaseBranch(condition: condition, result: try parseExpression()))
    }
    guard !branches.isEmpty else { throw unexpected(expecting: "WHEN") }
    let otherwise = acceptKeyword("ELSE") ? try parseExpression() : nil
    try expectKeyword("END")
    return Expression(
      .caseExpression(subject: subject, branches: branches, otherwise: otherwise),
      spanned(from: start))
  }

  /// The inside of `EXISTS { … }` or `COUNT { … }`, through the closing brace.
  private mutating func parseSubqueryBody() throws(SyntaxError) -> Subquery {
    let clauseKeywords = ["MATCH", "OPTIONAL", "WITH", "UNWIND", "RETURN", "CREATE", "MERGE"]
    let body: Subquery
    if clauseKeywords.contains(where: { isKeyword($0) }) {
      body = .query(try parseQuery())
    } else {
      let pattern = try parsePattern()
      body = .pattern(pattern, predicate: try parseWhere())
    }
    try expect(.rightBrace)
    return body
  }
}
