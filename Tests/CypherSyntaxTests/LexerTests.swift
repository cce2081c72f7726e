import Testing

@testable import CypherSyntax

@Suite struct LexerTests {
  private func kinds(_ text: String) throws -> [Token.Kind] {
    try Lexer.tokenize(Source(text)).map(\.kind).dropLast()
  }

  @Test func wordsSymbolsAndLiteralsAreTokens() throws {
    #expect(
      try kinds("MATCH (n:`My Label`)<-[:T*1..3]-() WHERE n.x >= $p RETURN 'it''s'") == [
        .word("MATCH"), .symbol(.leftParenthesis), .word("n"), .symbol(.colon),
        .quotedName("My Label"),
        .symbol(.rightParenthesis), .symbol(.less), .symbol(.minus), .symbol(.leftBracket),
        .symbol(.colon),
        .word("T"), .symbol(.star), .integer("1"), .symbol(.dotDot), .integer("3"),
        .symbol(.rightBracket),
        .symbol(.minus), .symbol(.leftParenthesis), .symbol(.rightParenthesis), .word("WHERE"),
        .word("n"),
        .symbol(.dot), .word("x"), .symbol(.greaterOrEqual), .parameter("p"), .word("RETURN"),
        .string("it"),
        .string("s"),
      ])
  }

  @Test func numbersKeepTheirWrittenForm() throws {
    #expect(
      try kinds("42 0x2A 0o52 1.5 .5 1e3 2.5E-3 1..2") == [
        .integer("42"), .integer("0x2A"), .integer("0o52"), .float("1.5"), .float(".5"),
        .float("1e3"),
        .float("2.5E-3"), .integer("1"), .symbol(.dotDot), .integer("2"),
      ])
  }

  @Test func stringEscapesAreDecoded() throws {
    #expect(
      try kinds(#"'a\'b' "c\"d" 'tab\tnew\nline\\' '\u00e9\U0001F4AA'"#) == [
        .string("a'b"), .string("c\"d"), .string("tab\tnew\nline\\"), .string("é💪"),
      ])
  }

  @Test func commentsAndWhitespaceAreSkipped() throws {
    #expect(
      try kinds("RETURN /* a\nb */ 1 // the rest\n, 2") == [
        .word("RETURN"), .integer("1"), .symbol(.comma), .integer("2"),
      ])
  }

  @Test func spansCarryLineAndColumn() throws {
    let tokens = try Lexer.tokenize(Source("MATCH (n)\n  RETURN n"))
    #expect(tokens[4].span == SourceSpan(start: 12, end: 18, line: 2, column: 3))
  }

  @Test(arguments: [
    ("RETURN 42 — 41", SyntaxError.Detail.invalidUnicodeCharacter, "1:11: Invalid input '—'"),
    ("RETURN #", .unexpectedSyntax, "1:8: Invalid input '#'"),
    (
      "RETURN 0x1A2b3j4D5E6f7", .invalidNumberLiteral,
      "1:8: Invalid number literal '0x1A2b3j4D5E6f7'"
    ),
    ("RETURN 0x AS literal", .invalidNumberLiteral, "1:8: Invalid number literal '0x'"),
    (#"RETURN '\uH'"#, .invalidUnicodeLiteral, #"1:9: Invalid Unicode escape '\uH'"#),
    ("RETURN 'open", .unexpectedSyntax, "1:8: Unterminated string literal"),
    (#"RETURN '\q'"#, .unexpectedSyntax, #"1:9: Invalid escape sequence '\q'"#),
  ])
  func lexicalErrorsSayWhatAndWhere(
    _ text: String, _ detail: SyntaxError.Detail, _ description: String
  ) {
    #expect(throws: SyntaxError.self) { try Lexer.tokenize(Source(text)) }
    do {
      _ = try Lexer.tokenize(Source(text))
    } catch {
      #expect(error.detail == detail)
      #expect(error.description == description)
    }
  }
}
