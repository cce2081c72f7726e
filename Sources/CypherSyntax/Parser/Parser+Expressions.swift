/// Operator precedence, loosest first, as openCypher defines it:
/// `OR` < `XOR` < `AND` < `NOT` < comparisons (chained) < `IN`, `STARTS WITH`, `ENDS WITH`,
/// `CONTAINS`, `=~`, `IS [NOT] NULL` < `+ -` < `* / %` < `^` < unary `+ -` < postfix
/// (`.key`, `[index]`, `[from..to]`, `:Label`) < atoms.
extension Parser {
  mutating func parseExpression() throws(SyntaxError) -> Expression {
    try parseBinary(level: 0)
  }

  private static let logicalLevels: [(keyword: String, operator: BinaryOperator)] = [
    ("OR", .or), ("XOR", .xor), ("AND", .and),
  ]

  /// OR, XOR and AND, left-associative, one level each.
  private mutating func parseBinary(level: Int) throws(SyntaxError) -> Expression {
    guard level < Self.logicalLevels.count else { return try parseNot() }
    var left = try parseBinary(level: level + 1)
    let (keyword, op) = Self.logicalLevels[level]
    while acceptKeyword(keyword) {
      let right = try parseBinary(level: level + 1)
      left = Expression(.binary(op, left, right), left.span.through(right.span))
    }
    return left
  }

  private mutating func parseNot() throws(SyntaxError) -> Expression {
    let start = current.span
    if acceptKeyword("NOT") {
      let operand = try parseNot()
      return Expression(.unary(.not, operand), start.through(operand.span))
    }
    return try parseComparison()
  }

  private mutating func parseComparison() throws(SyntaxError) -> Expression {
    let first = try parsePredicates()
    var steps: [ComparisonStep] = []
    while let comparison = acceptComparisonOperator() {
      steps.append(ComparisonStep(comparison: comparison, operand: try parsePredicates()))
    }
    guard let last = steps.last else { return first }
    return Expression(.comparison(first, steps), first.span.through(last.operand.span))
  }

  private mutating func acceptComparisonOperator() -> ComparisonOperator? {
    let operators: [(Symbol, ComparisonOperator)] = [
      (.equal, .equal), (.notEqual, .notEqual), (.lessOrEqual, .lessOrEqual),
      (.greaterOrEqual, .greaterOrEqual),
      (.less, .less), (.greater, .greater),
    ]
    for (symbol, comparison) in operators where accept(symbol) { return comparison }
    return nil
  }

  /// `IN`, `STARTS WITH`, `ENDS WITH`, `CONTAINS`, `=~`, `IS [NOT] NULL`, any number in a row.
  private mutating func parsePredicates() throws(SyntaxError) -> Expression {
    var left = try parseAdditive()
    while true {
      let op: BinaryOperator
      if acceptKeyword("IN") {
        op = .in
      } else if isKeyword("STARTS") && isKeyword("WITH", ahead: 1) {
        position += 2
        op = .startsWith
      } else if isKeyword("ENDS") && isKeyword("WITH", ahead: 1) {
        position += 2
        op = .endsWith
      } else if acceptKeyword("CONTAINS") {
        op = .contains
      } else if accept(.regexMatch) {
        op = .regexMatch
      } else if acceptKeyword("IS") {
        let negated = acceptKeyword("NOT")
        try expectKeyword("NULL")
        left = Expression(.isNull(left, negated: negated), spanned(from: left.span))
        continue
      } else {
        return left
      }
      let right = try parseAdditive()
      left = Expression(.binary(op, left, right), left.span.through(right.span))
    }
  }

  private mutating func parseAdditive() throws(SyntaxError) -> Expression {
    try parseLeftAssociative([(.plus, .add), (.minus, .subtract)]) {
      (parser: inout Parser) throws(SyntaxError) in
      try parser.parseMultiplicative()
    }
  }

  private mutating func parseMultiplicative() throws(SyntaxError) -> Expression {
    try parseLeftAssociative([(.star, .multiply), (.slash, .divide), (.percent, .modulo)]) {
      (parser: inout Parser) throws(SyntaxError) in try parser.parsePower()
    }
  }

  private mutating func parsePower() throws(SyntaxError) -> Expression {
    try parseLeftAssociative([(.caret, .power)]) { (parser: inout Parser) throws(SyntaxError) in
      try parser.parseUnary()
    }
  }

  private mutating func parseLeftAssociative(
    _ operators: [(Symbol, BinaryOperator)],
    operand: (inout Parser) throws(SyntaxError) -> Expression
  ) throws(SyntaxError) -> Expression {
    var left = try operand(&self)
    while let op = operators.first(where: { check($0.0) })?.1 {
      position += 1
      let right = try operand(&self)
      left = Expression(.binary(op, left, right), left.span.through(right.span))
    }
    return left
  }

  /// Unary `+` and `-`; a minus directly before an integer literal is part of the literal.
  private mutating func parseUnary() throws(SyntaxError) -> Expression {
    let start = current.span
    if check(.minus), case .integer(let text) = peek().kind {
      position += 1
      let token = advance()
      let literal = Expression(
        .literal(
          .integer(try IntegerLiteral.value(of: text, negated: true, at: start.through(token.span)))
        ), start.through(token.span))
      return try parsePostfix(literal)
    }
    if accept(.minus) {
      let operand = try parseUnary()
      return Expression(.unary(.minus, operand), start.through(operand.span))
    }
    if accept(.plus) {
      let operand = try parseUnary()
      return Expression(.unary(.plus, operand), start.through(operand.span))
    }
    return try parsePostfixExpression()
  }

  mutating func parsePostfixExpression() throws(SyntaxError) -> Expression {
    try parsePostfix(try parseAtom())
  }

  /// `.key`, `[index]`, `[from..to]` and `:Label` after an atom.
  private mutating func parsePostfix(_ atom: Expression) throws(SyntaxError) -> Expression {
    var expression = atom
    while true {
      if accept(.dot) {
        let key = try expectName("a property key")
        expression = Expression(
          .property(expression, key: key.name), expression.span.through(key.span))
      } else if accept(.leftBracket) {
        expression = try parseIndexOrSlice(of: expression)
      } else if check(.colon) {
        let labels = try parseLabelExpression()
        expression = Expression(
          .hasLabels(expression, labels.map { $0.map(\.name) }), spanned(from: expression.span))
      } else {
        return expression
      }
    }
  }

  private mutating func parseIndexOrSlice(of subject: Expression) throws(SyntaxError) -> Expression
  {
    let from = check(.dotDot) ? nil : try parseExpression()
    if accept(.dotDot) {
      let to = check(.rightBracket) ? nil : try parseExpression()
      try expect(.rightBracket)
      return Expression(.slice(subject, from: from, to: to), spanned(from: subject.span))
    }
    try expect(.rightBracket)
    guard let from else { throw unexpected(expecting: "an index") }
    return Expression(.index(subject, from), spanned(from: subject.span))
  }
}
