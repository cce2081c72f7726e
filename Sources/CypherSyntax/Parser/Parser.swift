/// Reads a statement from tokens by recursive descent.
///
/// Keywords are words compared case-insensitively, so names that are keywords elsewhere
/// (`count`, `exists`, a label `:Match`) still work as names. Where the grammar is ambiguous
/// — `(a)` the expression against `(a)-->(b)` the pattern, `[x IN l]` the comprehension against
/// `[x]` the list — the parser tries the pattern or comprehension first and rewinds on failure.
public struct Parser {
  let source: Source
  let tokens: [Token]
  var position = 0
  /// The position of a `|` that ends a label expression rather than joining labels: the
  /// separator of the pattern comprehension being read, once it is known that its `WHERE`
  /// holds labels joined by bars (`[(a)-->(t) WHERE t:B|C | t]`).
  var comprehensionBar: Int?

  init(source: Source, tokens: [Token]) {
    self.source = source
    self.tokens = tokens
  }

  /// Parses one statement (an optional trailing `;` is allowed).
  /// - Throws: `SyntaxError` with the position of the first thing that does not fit.
  public static func parse(_ text: String) throws(SyntaxError) -> Statement {
    let source = Source(text)
    var parser = Parser(source: source, tokens: try Lexer.tokenize(source))
    return try parser.parseStatement()
  }

  /// Parses a standalone expression, such as a parameter value given as Cypher literal text.
  public static func parseExpression(_ text: String) throws(SyntaxError) -> Expression {
    let source = Source(text)
    var parser = Parser(source: source, tokens: try Lexer.tokenize(source))
    let expression = try parser.parseExpression()
    try parser.expectEnd()
    return expression
  }

  mutating func parseStatement() throws(SyntaxError) -> Statement {
    var mode = Statement.Mode.run
    if acceptKeyword("EXPLAIN") {
      mode = .explain
    } else if acceptKeyword("PROFILE") {
      mode = .profile
    }
    let query = try parseQuery()
    _ = accept(.semicolon)
    try expectEnd()
    return Statement(mode: mode, query: query)
  }

  mutating func parseQuery() throws(SyntaxError) -> Query {
    let first = try parseSingleQuery()
    var unions: [UnionPart] = []
    while acceptKeyword("UNION") {
      let isAll = acceptKeyword("ALL")
      unions.append(UnionPart(isAll: isAll, query: try parseSingleQuery()))
    }
    return Query(first: first, unions: unions)
  }

  mutating func parseSingleQuery() throws(SyntaxError) -> SingleQuery {
    let start = current.span
    var clauses: [Clause] = []
    while let clause = try parseClause() {
      clauses.append(clause)
      // RETURN ends a single query; what follows can only be UNION or the end.
      if case .return = clause { break }
    }
    guard !clauses.isEmpty else {
      throw unexpected(expecting: "a clause such as MATCH, CREATE or RETURN")
    }
    return SingleQuery(clauses: clauses, span: start.through(previous.span))
  }

  // MARK: Tokens

  var current: Token { tokens[position] }
  var previous: Token { tokens[max(0, position - 1)] }

  func peek(_ ahead: Int = 1) -> Token { tokens[min(position + ahead, tokens.count - 1)] }

  mutating func advance() -> Token {
    let token = tokens[position]
    if position < tokens.count - 1 { position += 1 }
    return token
  }

  func check(_ symbol: Symbol, ahead: Int = 0) -> Bool {
    peek(ahead).kind == .symbol(symbol)
  }

  mutating func accept(_ symbol: Symbol) -> Bool {
    guard check(symbol) else { return false }
    position += 1
    return true
  }

  mutating func expect(_ symbol: Symbol) throws(SyntaxError) {
    guard accept(symbol) else { throw unexpected(expecting: "'\(symbol.rawValue)'") }
  }

  /// Whether the token `ahead` is the keyword `keyword` (an unquoted word, any case).
  func isKeyword(_ keyword: String, ahead: Int = 0) -> Bool {
    if case .word(let word) = peek(ahead).kind { return word.uppercased() == keyword }
    return false
  }

  mutating func acceptKeyword(_ keyword: String) -> Bool {
    guard isKeyword(keyword) else { return false }
    position += 1
    return true
  }

  mutating func expectKeyword(_ keyword: String) throws(SyntaxError) {
    guard acceptKeyword(keyword) else { throw unexpected(expecting: keyword) }
  }

  mutating func expectEnd() throws(SyntaxError) {
    guard current.kind == .end else { throw unexpected(expecting: "the end of the query") }
  }

  /// The name at the current token (a word or a quoted name), if there is one.
  mutating func acceptName() -> Identifier? {
    switch current.kind {
    case .word(let name), .quotedName(let name):
      let token = advance()
      return Identifier(name: name, span: token.span)
    default:
      return nil
    }
  }

  mutating func expectName(_ what: String) throws(SyntaxError) -> Identifier {
    guard let name = acceptName() else { throw unexpected(expecting: what) }
    return name
  }

  /// An error at the current token: `Invalid input 'X': expected …`.
  func unexpected(expecting expected: String) -> SyntaxError {
    if current.kind == .end {
      return SyntaxError(
        .unexpectedSyntax, "Unexpected end of input: expected \(expected)", at: current.span)
    }
    return SyntaxError(
      .unexpectedSyntax, "Invalid input '\(source.text(of: current.span))': expected \(expected)",
      at: current.span)
  }

  /// Runs `attempt` and keeps its result, or rewinds to where it started and returns nil.
  mutating func speculate<T>(_ attempt: (inout Parser) throws(SyntaxError) -> T?) -> T? {
    let start = position
    if let result = try? attempt(&self) { return result }
    position = start
    return nil
  }
}
