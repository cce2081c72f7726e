import Foundation
import TestSupport
import Testing

/// The REPL through a real pseudo-terminal: keystrokes in, the screen out.
@Suite struct REPLTests {
  let directory: TemporaryDirectory
  let history: String

  init() throws {
    directory = try TemporaryDirectory()
    history = directory.path("history")
  }

  /// `kg query` on a terminal, over a fresh store, with its history in the test's folder.
  private func startREPL(environment: [String: String] = [:]) throws -> PseudoTerminal {
    let terminal = try PseudoTerminal(
      ["query", "--db", directory.path("repl.sqlite")],
      environment: environment.merging(["KG_HISTORY": history]) { $1 })
    try terminal.waitFor("repl.sqlite> ")
    return terminal
  }

  @Test func editingKeysChangeTheLineBeforeItRuns() throws {
    let terminal = try startREPL()
    terminal.type("RETURN 'abc' AS x" + Keys.home + Keys.ctrlK + "RETURN 7 AS y" + Keys.ctrlW)
    terminal.type("z" + Keys.ctrlA + String(repeating: Keys.right, count: 7) + "1" + Keys.ctrlE)
    terminal.type(";" + Keys.enter)
    let shown = try terminal.waitFor("1 row")
    #expect(shown.contains("│ z  │") && shown.contains("│ 17 │"))
    terminal.type("RETURN 1 AS gone" + Keys.ctrlU + "RETURN 2 AS kept;" + Keys.enter)
    let second = try terminal.waitFor("1 row")
    #expect(second.contains("│ kept │") && !second.contains("│ gone"))
    terminal.type(Keys.ctrlD)
    #expect(try terminal.waitForExit() == 0)
  }

  @Test func aStatementSpansLinesUntilItsSemicolonAndWritesSayWhatChanged() throws {
    let terminal = try startREPL()
    terminal.type("CREATE (:Person {name: 'Ann'});" + Keys.enter)
    #expect(try terminal.waitFor("ms\n").contains("1 node created, 1 label added, 1 property set"))
    terminal.type("MATCH (p:Person)" + Keys.enter)
    try terminal.waitFor("...> ")
    terminal.type("RETURN p.name AS name; RETURN 2 AS two;" + Keys.enter)
    let shown = try terminal.waitFor("│ two │")
    #expect(shown.contains("│ Ann  │"))
    #expect(try terminal.waitFor("ms\n").contains("1 row, "))
    terminal.type("RETURN nope;" + Keys.enter)
    let error = try terminal.waitFor("^")
    #expect(error.contains("SyntaxError (UndefinedVariable): 1:8"))
    #expect(error.contains("  RETURN nope\n         ^"))
  }

  @Test func historyIsKeptAcrossSessionsButNotForLinesStartingWithASpace() throws {
    let first = try startREPL()
    first.type("RETURN 41 + 1 AS answer;" + Keys.enter)
    try first.waitFor("1 row")
    first.type(" RETURN 'secret' AS s;" + Keys.enter)
    try first.waitFor("1 row")
    first.type(":quit" + Keys.enter)
    #expect(try first.waitForExit() == 0)
    let saved = try String(contentsOfFile: history, encoding: .utf8)
    #expect(saved == "RETURN 41 + 1 AS answer;\n:quit\n")

    let second = try startREPL()
    second.type(Keys.up + Keys.up + Keys.enter)
    #expect(try second.waitFor("1 row").contains("│ 42     │"))
    second.type(Keys.ctrlR + "41 +" + Keys.enter)
    #expect(try second.waitFor("1 row").contains("│ 42     │"))
  }

  @Test func aStatementTypedOnSeveralLinesComesBackFromTheHistoryAsOne() throws {
    let terminal = try startREPL()
    terminal.type("UNWIND [1, 2, 3] AS x" + Keys.enter)
    try terminal.waitFor("...> ")
    terminal.type("  RETURN sum(x) AS total;" + Keys.enter)
    try terminal.waitFor("1 row")
    // A string and a `//` comment across lines: on one line, the string's line break is `\n`
    // and the comment is closed.
    terminal.type("RETURN size('a" + Keys.enter)
    try terminal.waitFor("...> ")
    terminal.type("b') // two lines" + Keys.enter)
    try terminal.waitFor("...> ")
    terminal.type("AS n;" + Keys.enter)
    #expect(try terminal.waitFor("1 row").contains("│ 3 │"))
    terminal.type(Keys.up + Keys.enter)
    #expect(try terminal.waitFor("1 row").contains("│ 3 │"))
    terminal.type(Keys.up + Keys.up + Keys.enter)
    #expect(try terminal.waitFor("1 row").contains("│ 6     │"))
    terminal.type(":quit" + Keys.enter)
    #expect(try terminal.waitForExit() == 0)
    let saved = try String(contentsOfFile: history, encoding: .utf8)
    #expect(
      saved == """
        UNWIND [1, 2, 3] AS x RETURN sum(x) AS total;
        RETURN size('a\\nb') /* two lines */ AS n;
        UNWIND [1, 2, 3] AS x RETURN sum(x) AS total;
        :quit

        """)
  }

  @Test func ctrlCClearsTheLineAndCancelsARunningQueryWithoutLeaving() throws {
    let terminal = try startREPL()
    terminal.type("RETURN 'never run'" + Keys.ctrlC)
    try terminal.waitFor("^C\n")
    terminal.type(
      "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*);" + Keys.enter)
    Thread.sleep(forTimeInterval: 0.5)
    terminal.type(Keys.ctrlC + "RETURN 5 AS five;" + Keys.enter)
    let shown = try terminal.waitFor("1 row")
    #expect(shown.contains("LimitExceeded (Cancelled): The query was cancelled"))
    #expect(shown.contains("│ 5    │") && !shown.contains("never run\n"))
  }

  @Test func aSignalThatEndsItLeavesTheTerminalAsItWas() throws {
    let terminal = try startREPL()
    #expect(try !terminal.isCooked)
    terminal.send(SIGTERM)
    #expect(try terminal.waitForExit() == SIGTERM)
    #expect(try terminal.isCooked)
  }

  /// Ctrl-Z gives the terminal back and stops `kg` for the shell's job control. Here `kg` runs
  /// in the test's process group, which no shell controls, so the kernel discards the stop;
  /// what is checked is that the line and raw mode survive it.
  @Test func ctrlZLeavesTheLineToGoOnWith() throws {
    let terminal = try startREPL()
    terminal.type("RETURN 3 AS" + Keys.ctrlZ)
    try terminal.waitFor("^Z\n")
    terminal.send(SIGCONT)
    terminal.type(" three;" + Keys.enter)
    let shown = try terminal.waitFor("1 row")
    #expect(shown.contains("│ three │"))
    #expect(try !terminal.isCooked)
  }

  @Test func tabCompletesLabelsKeysFunctionsAndMetaCommands() throws {
    let terminal = try startREPL()
    terminal.type("CREATE (:Person {nickname: 'Al'})-[:KNOWS]->(:Place);" + Keys.enter)
    try terminal.waitFor("created")
    terminal.type("MATCH (p:Pe" + Keys.tab + ")-[:KN" + Keys.tab + "]->() RETURN p.nick" + Keys.tab)
    terminal.type(" AS n, toLo" + Keys.tab + "('X') AS l;" + Keys.enter)
    let shown = try terminal.waitFor("1 row")
    #expect(shown.contains("│ Al │ x │"))
    terminal.type("RETURN to" + Keys.tab)
    let listed = try terminal.waitFor("toUpper")
    #expect(listed.contains("toBoolean") && listed.contains("toLower"))
    terminal.type(Keys.ctrlU + ":sche" + Keys.tab + Keys.enter)
    #expect(try terminal.waitFor("Indexes").contains("  :Person  1"))
  }

  @Test func metaCommandsSetParametersFormatsAndRunSavedQueries() throws {
    let queries = directory.path("queries")
    try FileManager.default.createDirectory(atPath: queries, withIntermediateDirectories: true)
    try "// double — doubles $n.\n// Defaults: {n: 5}\nRETURN $n * 2 AS doubled".write(
      toFile: queries + "/double.cypher", atomically: true, encoding: .utf8)
    let script = directory.path("script.cypher")
    try "CREATE (:Tag {name: 'a'});\nMATCH (t:Tag) RETURN t.name AS tag;".write(
      toFile: script, atomically: true, encoding: .utf8)
    let terminal = try startREPL(environment: ["KG_QUERIES_DIR": queries])

    terminal.type(":param limit => [1, 'two']" + Keys.enter)
    try terminal.waitFor("$limit => [1, 'two']")
    terminal.type(":params" + Keys.enter)
    try terminal.waitFor(":param limit => [1, 'two']")
    terminal.type(":format csv" + Keys.enter + ":timing off" + Keys.enter)
    try terminal.waitFor("timing: off")
    terminal.type("RETURN $limit[1] AS second;" + Keys.enter)
    #expect(try terminal.waitFor("1 row\n").contains("second\ntwo\n"))
    terminal.type(":run" + Keys.enter)
    try terminal.waitFor("double — doubles $n.")
    terminal.type(":run double n => 21" + Keys.enter)
    #expect(try terminal.waitFor("1 row\n").contains("doubled\n42\n"))
    terminal.type(":run double" + Keys.enter)
    #expect(try terminal.waitFor("1 row\n").contains("doubled\n10\n"))
    terminal.type(":source \(script)" + Keys.enter)
    #expect(try terminal.waitFor("1 row\n").contains("tag\na\n"))
    terminal.type(":explain MATCH (t:Tag) RETURN t" + Keys.enter)
    try terminal.waitFor("NodeByLabelScan")
    terminal.type(":nope" + Keys.enter)
    try terminal.waitFor("Unknown command :nope; :help lists them")
    terminal.type(":help" + Keys.enter)
    try terminal.waitFor(":quit                       leave")
  }
}
