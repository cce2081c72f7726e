import CypherRuntime
import ExerciseKG
import Foundation
import GraphModel

/// `kg query` on a terminal: reads statements with line editing and history, runs each when
/// its `;` is typed, and shows the result with its row count and time. Ctrl-C cancels a
/// running query or clears the line; Ctrl-D or `:quit` leaves.
final class REPLSession: MetaCommandHost {
  let graph: KnowledgeGraph
  let terminal: Terminal
  let limits: QueryLimits
  var parameters: [String: Value]
  var format: OutputFormat
  var showsTiming = true
  let confirmsSettings = true
  private let databaseName: String
  private let input = InputBytes()
  private let history: History
  /// The schema, read when first needed and again after a write.
  private var cachedSchema: GraphSchema?

  init(
    graph: KnowledgeGraph, databasePath: String, terminal: Terminal, limits: QueryLimits,
    parameters: [String: Value], format: OutputFormat, historyPath: String?
  ) {
    self.graph = graph
    self.terminal = terminal
    self.limits = limits
    self.parameters = parameters
    self.format = format
    databaseName = URL(fileURLWithPath: databasePath).lastPathComponent
    history = History(path: historyPath)
  }

  /// Reads and runs statements until Ctrl-D or `:quit`, then restores the terminal.
  func run() {
    defer { terminal.restore() }
    greet()
    let editor = LineEditor(terminal: terminal, input: input, history: history) { [self] in
      completer().complete($0)
    }
    let prompt = databaseName + "> "
    let continuation = String(repeating: " ", count: max(0, prompt.count - 5)) + "...> "
    var lines = StatementLines()
    // The lines of the statement being typed, kept in the history as one line once it ends.
    var typed: [String] = []
    func rememberTyped() {
      if let entry = HistoryLine.joining(typed) {
        history.add(entry)
      } else {
        typed.forEach(history.add)
      }
      typed = []
    }
    while true {
      switch editor.readLine(prompt: lines.isPending ? continuation : prompt) {
      case .endOfInput:
        rememberTyped()
        return
      case .interrupted:
        rememberTyped()
        lines.clear()
      case .line(let line):
        typed.append(line)
        let input = lines.add(line)
        if !lines.isPending { rememberTyped() }
        switch input {
        case .metaCommand(let command):
          guard perform(command) != .quit else { return }
        case .statements(let statements):
          for statement in statements { execute(statement) }
        }
      }
    }
  }

  /// Runs one statement, cancellable with Ctrl-C, and shows its result or error.
  func execute(_ statement: String, with extraParameters: [String: Value] = [:]) {
    let cancellation = CancellationFlag()
    let options = QueryOptions(limits: limits, measuresChanges: true, cancellation: cancellation)
    let watcher = InterruptWatcher(cancelling: cancellation)
    let allParameters = parameters.merging(extraParameters) { $1 }
    let outcome = Result { () throws(QueryError) in
      try graph.execute(statement, parameters: allParameters, options: options)
    }
    if let watcher { input.prepend(watcher.stop()) }
    switch outcome {
    case .success(let response):
      let text = ResponseText(format: format).render(response) ?? ""
      terminal.write(text + footer(response) + "\n")
      if let changes = response.changes, changes != ChangeSummary() { cachedSchema = nil }
    case .failure(let error):
      report(error.rendered(in: statement))
    }
  }

  /// `N rows`, what a write changed, and the time.
  private func footer(_ response: QueryResponse) -> String {
    var parts: [String] = []
    let rows = response.result.rows.count
    if !response.result.columns.isEmpty { parts.append("\(rows) row\(rows == 1 ? "" : "s")") }
    if let changes = response.changes, changes != ChangeSummary() {
      parts.append(ChangeText.render(changes))
    } else if response.result.columns.isEmpty && response.plan == nil {
      parts.append("no changes")
    }
    if showsTiming {
      parts.append(String(format: "%.1f ms", response.elapsed / .milliseconds(1)))
    }
    return parts.joined(separator: ", ")
  }

  func write(_ text: String) { terminal.write(text) }

  /// The schema, read now if a write has made the last one stale.
  func schema() throws -> GraphSchema {
    if let cachedSchema { return cachedSchema }
    let schema = try graph.schema()
    cachedSchema = schema
    return schema
  }

  private func completer() -> Completer {
    let schema = try? schema()
    return Completer(
      labels: schema.map { Array($0.statistics.nodesByLabel.keys) } ?? [],
      relationshipTypes: schema.map { Array($0.statistics.relationshipsByType.keys) } ?? [],
      propertyKeys: schema.map {
        Array($0.nodePropertyKeys.keys) + Array($0.relationshipPropertyKeys.keys)
      } ?? [],
      parameters: Array(parameters.keys), functions: CypherLanguage.functions,
      keywords: CypherLanguage.keywords, metaCommands: MetaCommand.names)
  }

  private func greet() {
    let counts = (try? graph.statistics()).map {
      ": \($0.nodes) nodes, \($0.relationships) relationships"
    }
    terminal.write(
      "kg — \(databaseName)\(counts ?? "")\n"
        + "Type :help for help, :quit or Ctrl-D to leave. Queries end with ';'.\n")
  }
}
