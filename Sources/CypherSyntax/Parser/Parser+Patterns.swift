extension Parser {
  mutating func parsePattern() throws(SyntaxError) -> Pattern {
    Pattern(
      parts: try parseCommaSeparated { (parser: inout Parser) throws(SyntaxError) in
        try parser.parsePatternPart()
      })
  }

  /// `[path =] element`.
  mutating func parsePatternPart() throws(SyntaxError) -> PatternPart {
    var pathVariable: Identifier?
    if check(.equal, ahead: 1), let name = acceptName() {
      pathVariable = name
      try expect(.equal)
    }
    return PatternPart(pathVariable: pathVariable, element: try parsePatternElement())
  }

  mutating func parsePatternElement() throws(SyntaxError) -> PatternElement {
    let start = current.span
    let first = try parseNodePattern()
    var steps: [PatternStep] = []
    while check(.minus) || (check(.less) && check(.minus, ahead: 1)) {
      let relationship = try parseRelationshipPattern()
      steps.append(PatternStep(relationship: relationship, node: try parseNodePattern()))
    }
    return PatternElement(start: first, steps: steps, span: spanned(from: start))
  }

  /// `(variable :Labels {properties})`.
  mutating func parseNodePattern() throws(SyntaxError) -> NodePattern {
    let start = current.span
    try expect(.leftParenthesis)
    let variable = acceptName()
    let labels = try parseLabelExpression()
    let properties = try parsePatternProperties()
    try expect(.rightParenthesis)
    return NodePattern(
      variable: variable, labels: labels, properties: properties, span: spanned(from: start))
  }

  /// `:A:B` or `:A|B`, as a conjunction of alternatives.
  mutating func parseLabelExpression() throws(SyntaxError) -> [[Identifier]] {
    var groups: [[Identifier]] = []
    while accept(.colon) {
      var group = [try expectName("a label")]
      while position != comprehensionBar, accept(.pipe) {
        _ = accept(.colon)
        group.append(try expectName("a label"))
      }
      groups.append(group)
    }
    return groups
  }

  /// A map literal or a parameter, when one follows.
  mutating func parsePatternProperties() throws(SyntaxError) -> Expression? {
    switch current.kind {
    case .symbol(.leftBrace): return try parseMapLiteral()
    case .parameter(let name):
      let token = advance()
      return Expression(.parameter(name), token.span)
    default: return nil
    }
  }

  /// `-[…]->`, `<-[…]-`, `-[…]-` (and the bare `-->`, `<--`, `--`).
  mutating func parseRelationshipPattern() throws(SyntaxError) -> RelationshipPattern {
    let start = current.span
    let pointsLeft = accept(.less)
    try expect(.minus)
    var variable: Identifier?
    var types: [Identifier] = []
    var length: LengthRange?
    var properties: Expression?
    if accept(.leftBracket) {
      variable = acceptName()
      if accept(.colon) {
        types.append(try expectName("a relationship type"))
        while accept(.pipe) {
          _ = accept(.colon)
          types.append(try expectName("a relationship type"))
        }
      }
      if check(.dotDot) {
        throw SyntaxError(
          .invalidRelationshipPattern, "A variable-length relationship needs '*' before its range",
          at: current.span)
      }
      length = try parseLengthRange()
      properties = try parsePatternProperties()
      try expect(.rightBracket)
    }
    try expect(.minus)
    let pointsRight = accept(.greater)
    let direction: RelationshipPattern.Direction =
      pointsLeft == pointsRight ? .either : (pointsRight ? .outgoing : .incoming)
    return RelationshipPattern(
      variable: variable, types: types, direction: direction, length: length,
      properties: properties,
      span: spanned(from: start))
  }

  /// `*`, `*2`, `*1..3`, `*..5`, `*2..`, or nothing.
  mutating func parseLengthRange() throws(SyntaxError) -> LengthRange? {
    guard accept(.star) else { return nil }
    let minimum = try acceptLengthBound()
    guard accept(.dotDot) else { return LengthRange(minimum: minimum, maximum: minimum) }
    return LengthRange(minimum: minimum, maximum: try acceptLengthBound())
  }

  private mutating func acceptLengthBound() throws(SyntaxError) -> Int64? {
    if check(.minus) {
      throw SyntaxError(
        .invalidRelationshipPattern, "A relationship length cannot be negative", at: current.span)
    }
    guard case .integer(let text) = current.kind else { return nil }
    let token = advance()
    return try IntegerLiteral.value(of: text, negated: false, at: token.span)
  }
}
