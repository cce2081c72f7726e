import ArgumentParser
import CypherRuntime
import ExerciseKG
import Foundation
import GraphModel

/// `kg query`: the REPL on a terminal; otherwise runs Cypher given as an argument, in a file,
/// or piped on stdin; or speaks the JSON-lines protocol.
struct QueryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "query",
    abstract: "Run Cypher queries, or explore in the REPL.",
    discussion: """
      With no query and a terminal on stdin, starts the REPL (:help inside lists its commands; \
      history is kept in ~/.kg_history, or the file KG_HISTORY names).

      Examples:
        kg query                            # the REPL
        kg query "MATCH (e:Exercise) RETURN e.name LIMIT 5"
        kg query -P l="'beginner'" "MATCH (e:Exercise {level: $l}) RETURN count(*)"
        kg query -f queries/recommend.cypher
        echo 'RETURN 1 AS x;' | kg query --format json
        kg query --format csv "MATCH (e:Exercise) RETURN e.id, e.name" > ex.csv
        kg query --db :memory: --jsonl      # a JSON request a line, an answer a line
      """
  )

  @OptionGroup var database: DatabaseOptions

  @Argument(help: "The query to run; statements may be separated by ';'.")
  var query: String?

  @Option(name: .short, help: "Read the statements from a file.")
  var file: String?

  @Option(name: .customShort("P"), help: "A parameter, name=value with the value a Cypher literal.")
  var parameters: [String] = []

  @Option(
    help: """
      Output format: auto (table on a terminal, cypher when piped), table, json, jsonl, csv \
      or cypher.
      """)
  var format: OutputFormat = .auto

  @Flag(help: "Speak the JSON-lines protocol on stdin and stdout.")
  var jsonl = false

  @Option(help: "Stop a query after this many seconds.")
  var timeout: Double?

  @Flag(help: "Stop at the first failing statement (--fail-fast, the default) or run them all.")
  var failure: FailureMode = .failFast

  func run() throws {
    let graph = try database.open()
    var limits = QueryLimits.interactive
    if let timeout { limits.timeout = timeout }
    if jsonl {
      JSONLinesSession(graph: graph, options: QueryOptions(limits: limits, measuresChanges: true))
        .run()
      return
    }
    let values = try parsedParameters()
    if query == nil, file == nil, let terminal = Terminal() {
      REPLSession(
        graph: graph, databasePath: database.db, terminal: terminal, limits: limits,
        parameters: values, format: format.resolved(isTerminal: true),
        historyPath: History.defaultPath
      ).run()
      return
    }
    let text: String
    if let query {
      text = query
    } else if let file {
      guard let contents = try? String(contentsOfFile: file, encoding: .utf8) else {
        throw CommandFailure("cannot read \(file)")
      }
      text = contents
    } else {
      text = AnyIterator { readLine(strippingNewline: false) }.joined()
    }
    let script = ScriptSession(
      graph: graph, parameters: values, format: format.resolved(isTerminal: isatty(1) == 1),
      options: QueryOptions(limits: limits), failFast: failure == .failFast)
    guard script.run(text) else { throw ExitCode(1) }
  }

  /// The `-P name=value` parameters.
  private func parsedParameters() throws -> [String: Value] {
    var values: [String: Value] = [:]
    for parameter in parameters {
      guard let equals = parameter.firstIndex(of: "=") else {
        throw ValidationError("-P expects name=value, got \(parameter)")
      }
      do {
        values[String(parameter[..<equals])] = try ParameterValue.parse(
          String(parameter[parameter.index(after: equals)...]))
      } catch {
        throw ValidationError("-P \(parameter): \(error)")
      }
    }
    return values
  }
}

enum FailureMode: String, EnumerableFlag {
  case failFast, failAtEnd
}
