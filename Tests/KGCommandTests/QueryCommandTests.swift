import Foundation
import Testing

/// `kg query` as scripts and the TCK runner drive it: the built binary, over pipes.
@Suite struct QueryCommandTests {
  @Test func jsonLinesAnswersEachRequestOnItsOwnLine() throws {
    let requests = [
      #"{"query": "CREATE (:A {name: 'x'})", "params": {}}"#,
      #"{"query": "MATCH (a:A) RETURN a, a.name AS name, [1.0, $p] AS l", "params": {"p": "'it\\'s'"}}"#,
      #"{"query": "RETURN nope", "params": {}}"#,
    ]
    let outcome = try KGBinary.run(
      ["query", "--db", ":memory:", "--jsonl"], input: requests.joined(separator: "\n") + "\n")
    #expect(outcome.status == 0)
    let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    #expect(lines[0].hasPrefix(#"{"columns": [], "rows": [], "stats": {"+nodes": 1,"#))
    #expect(lines[0].contains(#""+labels": 1"#) && lines[0].contains(#""+properties": 1"#))
    #expect(
      lines[1].hasPrefix(
        #"{"columns": ["a", "name", "l"], "rows": [["(:A {name: 'x'})", "'x'", "[1.0, 'it\\'s']"]]"#
      ))
    #expect(lines[1].contains(#""elapsed_us": "#))
    #expect(
      lines[2].hasPrefix(
        #"{"error": {"type": "SyntaxError", "detail": "UndefinedVariable", "phase": "compile""#))
  }

  @Test func pipedStatementsRunInOrderAndAFailureExitsOneWithACaret() throws {
    let outcome = try KGBinary.run(
      ["query", "--db", ":memory:", "--format", "cypher"],
      input:
        "CREATE (:A {v: 1});\nMATCH (a:A) RETURN a.v; // a comment; not a statement\nRETURN x;\nRETURN 2;\n"
    )
    #expect(outcome.status == 1)
    #expect(outcome.standardOutput == "1\n")
    #expect(
      outcome.standardError.contains(
        "SyntaxError (UndefinedVariable): 1:8: Variable `x` not defined"))
    #expect(outcome.standardError.contains("  RETURN x\n         ^"))
  }

  @Test func aScriptsMetaCommandsRunBetweenItsStatements() throws {
    let script = """
      :param level => 2
      CREATE (:A {v: 1}), (:A {v: 3});
      MATCH (a:A) WHERE a.v <= $level
      RETURN a.v;
      :format csv
      MATCH (a:A) RETURN a.v AS v ORDER BY v;
      :params
      RETURN $level + 1 AS next
      """
    let outcome = try KGBinary.run(
      ["query", "--db", ":memory:", "--format", "cypher"], input: script)
    #expect(outcome.status == 0, "\(outcome.standardError)")
    // Settings are not echoed; what a command asks to see (the parameters) is.
    #expect(outcome.standardOutput == "1\nv\r\n1\r\n3\r\n:param level => 2\nnext\r\n3\r\n")

    let failing = try KGBinary.run(
      ["query", "--db", ":memory:", "--format", "cypher"], input: ":param x =>\nRETURN 1;\n")
    #expect(failing.status == 1)
    #expect(failing.standardOutput.isEmpty)
    let quitting = try KGBinary.run(
      ["query", "--db", ":memory:", "--format", "cypher", "--fail-at-end"],
      input: "RETURN 1;\n:quit\nRETURN 2;\n")
    #expect(quitting.status == 0 && quitting.standardOutput == "1\n")
  }

  @Test func failAtEndRunsEveryStatement() throws {
    let outcome = try KGBinary.run(
      ["query", "--db", ":memory:", "--format", "cypher", "--fail-at-end", "RETURN x; RETURN 2"])
    #expect(outcome.status == 1)
    #expect(outcome.standardOutput == "2\n")
  }

  static let mixedRow =
    #"RETURN 'a, "b"' AS text, 2 AS n, null AS none, [1, 'x'] AS list, {k: true} AS map"#

  @Test func csvQuotesWhatNeedsItAndWritesNestedValuesAsJSON() throws {
    let outcome = try KGBinary.run(["query", "--db", ":memory:", "--format", "csv", Self.mixedRow])
    #expect(outcome.status == 0)
    #expect(
      outcome.standardOutput
        == "text,n,none,list,map\r\n" + #""a, ""b""",2,,"[1, ""x""]","{""k"": true}""# + "\r\n")
  }

  @Test func jsonLinesFormatWritesAnObjectPerRow() throws {
    let outcome = try KGBinary.run(
      ["query", "--db", ":memory:", "--format", "jsonl", "UNWIND [1, 2] AS i RETURN i, 'x' AS s"])
    #expect(outcome.standardOutput == "{\"i\": 1, \"s\": \"x\"}\n{\"i\": 2, \"s\": \"x\"}\n")
  }

  @Test func autoFormatIsPlainCypherWhenPiped() throws {
    let outcome = try KGBinary.run(["query", "--db", ":memory:", Self.mixedRow])
    #expect(outcome.standardOutput == #"'a, "b"', 2, null, [1, 'x'], {k: true}"# + "\n")
  }
}
