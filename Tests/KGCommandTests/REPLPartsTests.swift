import ExerciseKG
import Testing

@testable import KGCommand

/// The REPL's pieces that need no terminal: the line buffer's edits, completion, meta-command
/// parsing and how typed lines become statements.
@Suite struct REPLPartsTests {
  @Test func wordMovesStopAtNamesAndCtrlWDeletesBackToASpace() {
    var buffer = LineBuffer("MATCH (n:Exercise) RETURN n.name")
    buffer.moveWordLeft()
    #expect(buffer.head == "MATCH (n:Exercise) RETURN n.")
    buffer.moveWordLeft()
    buffer.moveWordLeft()
    #expect(buffer.head == "MATCH (n:Exercise) ")
    buffer.moveWordRight()
    #expect(buffer.head == "MATCH (n:Exercise) RETURN")
    buffer.moveEnd()
    buffer.deleteWordBackward()
    #expect(buffer.text == "MATCH (n:Exercise) RETURN ")
    buffer.insert("e\u{301}")
    #expect(buffer.characters.last == "é" && buffer.cursor == buffer.characters.count)
  }

  @Test func completionDependsOnWhatPrecedesTheWord() {
    let completer = Completer(
      labels: ["Exercise", "Equipment"], relationshipTypes: ["TARGETS"], propertyKeys: ["name"],
      parameters: ["goal"], functions: ["toLower", "toUpper", "count"],
      keywords: ["MATCH", "MERGE"], metaCommands: MetaCommand.names)
    #expect(completer.complete("MATCH (e:E").candidates == ["Equipment", "Exercise"])
    #expect(completer.complete("MATCH (e:E").start == 9)
    #expect(completer.complete("MATCH ()-[:T").candidates == ["TARGETS"])
    #expect(completer.complete("RETURN e.n").candidates == ["name"])
    #expect(completer.complete("RETURN $g").candidates == ["goal"])
    #expect(completer.complete("RETURN tol").candidates == ["toLower"])
    #expect(completer.complete("m").candidates == ["MATCH", "MERGE"])
    #expect(completer.complete("  :pa").candidates == [":param", ":params"])
    #expect(completer.complete("RETURN 'to").candidates.isEmpty)
    #expect(Completer.commonPrefix(["toLower", "toUpper"]) == "to")
  }

  @Test func metaCommandsParseWithTheirArguments() throws {
    #expect(
      try MetaCommand.parse(":param muscles => ['legs', 'core']")
        == .setParameter(name: "muscles", literal: "['legs', 'core']"))
    #expect(
      try MetaCommand.parse(":run recommend goal => 'Strength', muscles => ['a, b'], limit => 5")
        == .run(
          name: "recommend",
          assignments: [
            .init(name: "goal", literal: "'Strength'"), .init(name: "muscles", literal: "['a, b']"),
            .init(name: "limit", literal: "5"),
          ]))
    #expect(try MetaCommand.parse(":format json") == .format(.json))
    #expect(try MetaCommand.parse(":timing off") == .timing(false))
    #expect(try MetaCommand.parse(":EXPLAIN MATCH (n) RETURN n") == .explain("MATCH (n) RETURN n"))
    #expect(throws: MetaCommandError.self) { try MetaCommand.parse(":format auto") }
    #expect(throws: MetaCommandError.self) { try MetaCommand.parse(":param x 5") }
    #expect(throws: MetaCommandError.self) { try MetaCommand.parse(":frobnicate") }
  }

  @Test func onlyStatementsEndedBySemicolonsRunAndTheRestWaits() {
    var splitter = StatementSplitter()
    #expect(
      splitter.feed("RETURN 1; RETURN ';' AS s; // done;") == ["RETURN 1", "RETURN ';' AS s"])
    #expect(!splitter.isPending)
    #expect(splitter.feed("\nMATCH (n)") == [] && splitter.isPending)
    #expect(splitter.feed("\n/* ; */ RETURN") == [] && splitter.unfinished == "MATCH (n)\n RETURN")
    #expect(splitter.feed(" n; RETURN 'a") == ["MATCH (n)\n RETURN n"])
    // Fed in parts, the text reads as it would whole: the string goes on across the break.
    #expect(splitter.feed("\n;' AS s;") == ["RETURN 'a\n;' AS s"] && !splitter.isPending)
    #expect(StatementSplitter.split("RETURN 1 // trailing comment") == ["RETURN 1"])
    // Text beyond ASCII passes whole, in strings, names and comments alike.
    #expect(
      StatementSplitter.split("RETURN 'ü;✓' AS `é;` /* ; ¾ */; RETURN '日本'")
        == ["RETURN 'ü;✓' AS `é;`", "RETURN '日本'"])
  }

  @Test func aStatementStaysPendingWhileALineEndsInsideAStringOrABlockComment() {
    var lines = StatementLines()
    #expect(isEmpty(lines.add("RETURN size('a")) && lines.isPending)
    #expect(isEmpty(lines.add("b') AS n /* a")) && lines.isPending)
    #expect(isEmpty(lines.add("comment; */")) && lines.isPending)
    guard case .statements(let statements) = lines.add(";") else {
      Issue.record("a statement line taken for a meta-command")
      return
    }
    #expect(statements == ["RETURN size('a\nb') AS n"] && !lines.isPending)
    #expect(isEmpty(lines.add("// only a comment")) && !lines.isPending)
    // Text that ends inside a string is still a statement: the parser reports the string.
    #expect(StatementSplitter.split("RETURN 1; RETURN 'open") == ["RETURN 1", "RETURN 'open"])
  }

  private func isEmpty(_ input: StatementLines.Input) -> Bool {
    if case .statements(let statements) = input { return statements.isEmpty }
    return false
  }

  @Test func aStatementTypedOnSeveralLinesIsRememberedOnOneThatReadsTheSame() {
    #expect(HistoryLine.joining([]) == "")
    #expect(HistoryLine.joining(["RETURN 1;"]) == "RETURN 1;")
    #expect(
      HistoryLine.joining(["MATCH (e:Exercise) ", "  WHERE e.name = 'Air Bike'", "", "RETURN e;"])
        == "MATCH (e:Exercise) WHERE e.name = 'Air Bike' RETURN e;")
    #expect(
      HistoryLine.joining(["MATCH (n) /* all", "  of them */", "RETURN n;"])
        == "MATCH (n) /* all of them */ RETURN n;")
    // A `//` comment would swallow what follows it on one line: it is closed instead.
    #expect(
      HistoryLine.joining(["RETURN 1 // one  ", "AS x; // done"])
        == "RETURN 1 /* one */ AS x; // done")
    #expect(HistoryLine.joining(["RETURN 1 // a */ b", "AS x;"]) == nil)
    // A line break in a string is written as the escape that stands for it; blanks kept.
    #expect(
      HistoryLine.joining(["RETURN 'two ", "  lines' AS s;"]) == #"RETURN 'two \n  lines' AS s;"#)
    #expect(HistoryLine.joining(["RETURN 1 AS `a", "b`;"]) == nil)
    #expect(
      HistoryLine.joining(["RETURN 'é ", "ø' // ✓", "AS s;"]) == #"RETURN 'é \nø' /* ✓ */ AS s;"#)
    // A backslash escapes the quote after it: the first string goes on; the second ends.
    #expect(
      HistoryLine.joining(["RETURN 'a\\' AS s,", "1 AS t;'"]) == #"RETURN 'a\' AS s,\n1 AS t;'"#)
    #expect(
      HistoryLine.joining(["RETURN 'a\\\\' AS s,", "1 AS t;"]) == #"RETURN 'a\\' AS s, 1 AS t;"#)
    #expect(HistoryLine.joining([" RETURN 'secret'", "AS s;"]) == " RETURN 'secret' AS s;")
  }

  @Test func changesAreCountedInWordsWithTheirPlurals() {
    var changes = ChangeSummary()
    (changes.nodesCreated, changes.propertiesSet, changes.indexesAdded) = (2, 3, 1)
    #expect(ChangeText.render(changes) == "2 nodes created, 3 properties set, 1 index added")
    (changes.propertiesSet, changes.indexesAdded, changes.indexesRemoved) = (1, 0, 2)
    #expect(ChangeText.render(changes) == "2 nodes created, 1 property set, 2 indexes removed")
  }

  @Test func candidatesAreListedDownThenAcross() {
    #expect(CandidateList.render(["a", "bb", "c", "d", "e"], width: 8) == "a   d\nbb  e\nc\n")
  }
}
