extension Parser {
  /// Parses one statement: a query, as `parse` does, or a schema command (an optional
  /// trailing `;` is allowed).
  /// - Throws: `SyntaxError` with the position of the first thing that does not fit.
  public static func parseCommand(_ text: String) throws(SyntaxError) -> Command {
    let source = Source(text)
    var parser = Parser(source: source, tokens: try Lexer.tokenize(source))
    guard
      (parser.isKeyword("CREATE") || parser.isKeyword("DROP"))
        && parser.isKeyword("INDEX", ahead: 1)
    else { return .query(try parser.parseStatement()) }
    return .schema(try parser.parseIndexCommand())
  }

  /// `CREATE INDEX ON :Label(key)` or `DROP INDEX ON :Label(key)`.
  private mutating func parseIndexCommand() throws(SyntaxError) -> SchemaCommand {
    let creates = acceptKeyword("CREATE")
    if !creates { try expectKeyword("DROP") }
    try expectKeyword("INDEX")
    try expectKeyword("ON")
    try expect(.colon)
    let label = try expectName("a label")
    try expect(.leftParenthesis)
    let key = try expectName("a property key")
    try expect(.rightParenthesis)
    _ = accept(.semicolon)
    try expectEnd()
    return creates
      ? .createIndex(label: label.name, key: key.name)
      : .dropIndex(label: label.name, key: key.name)
  }
}
