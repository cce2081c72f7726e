import Testing

@testable import CypherSyntax

@Suite struct SyntaxErrorTests {
  private func error(_ query: String) -> SyntaxError? {
    do {
      _ = try Parser.parse(query)
      return nil
    } catch {
      return error
    }
  }

  @Test(arguments: [
    ("MATCH (n RETURN n", "1:10: Invalid input 'RETURN': expected ')'"),
    ("MATCH (n) RETURN", "1:17: Unexpected end of input: expected an expression"),
    ("RETURN [, ] AS literal", "1:9: Invalid input ',': expected an expression"),
    ("RETURN {1} AS literal", "1:9: Invalid input '1': expected a map key"),
    ("RETURN {k1.k: 1} AS literal", "1:11: Invalid input '.': expected ':'"),
    ("RETURN {k: {k: {}} AS literal", "1:20: Invalid input 'AS': expected '}'"),
    ("RETURN [[[]] AS literal", "1:14: Invalid input 'AS': expected ']'"),
    ("MATCH (n) RETURN n garbage", "1:20: Invalid input 'garbage': expected the end of the query"),
    (
      "FROB (n)",
      "1:1: Invalid input 'FROB': expected a clause such as MATCH, CREATE, WITH or RETURN"
    ),
    (
      "MATCH (a)-[:LIKES..]->(c) RETURN c",
      "1:18: A variable-length relationship needs '*' before its range"
    ),
    (
      "RETURN 9223372036854775808",
      "1:8: Integer literal '9223372036854775808' does not fit in 64 bits"
    ),
    (
      "RETURN -0x8000000000000001",
      "1:8: Integer literal '-0x8000000000000001' does not fit in 64 bits"
    ),
    (
      "RETURN 0o1000000000000000000000",
      "1:8: Integer literal '0o1000000000000000000000' does not fit in 64 bits"
    ),
    ("RETURN {1B2c3e67:1}", "1:9: Invalid input '1B': a number cannot run into a name"),
    ("MATCH (n)\nWHERE n.x = \nRETURN n", "3:1: Invalid input 'RETURN': expected an expression"),
  ])
  func errorsSayWhereAndWhat(_ query: String, _ description: String) {
    #expect(error(query)?.description == description)
  }

  @Test(arguments: [
    ("MATCH (a)-[:LIKES..]->(c) RETURN c", SyntaxError.Detail.invalidRelationshipPattern),
    ("MATCH (a)-[:LIKES*-2]->(c) RETURN c", .invalidRelationshipPattern),
    ("RETURN 0x8000000000000000", .integerOverflow),
    ("RETURN 0x1A2b3j4D5E6f7", .invalidNumberLiteral),
    ("RETURN 42 — 41", .invalidUnicodeCharacter),
    ("RETURN {, } AS literal", .unexpectedSyntax),
  ])
  func detailsAreTheTCKs(_ query: String, _ detail: SyntaxError.Detail) {
    #expect(error(query)?.detail == detail)
  }

  @Test func renderingShowsTheLineAndACaret() throws {
    let query = "MATCH (n)\nWHERE n.x = \nRETURN n"
    let rendered = try #require(error(query)).rendered(in: Source(query))
    #expect(
      rendered
        == "SyntaxError: Invalid input 'RETURN': expected an expression (line 3, column 1)\n  RETURN n\n  ^"
    )
  }
}
