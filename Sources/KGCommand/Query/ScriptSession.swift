import ExerciseKG
import Foundation
import GraphModel

/// `kg query` reading statements from an argument, a file or a pipe: runs each in turn,
/// printing its result, and carries out meta-commands (`:param`, `:run`, …) written on lines
/// of their own between statements, as the REPL does — and as cypher-shell does in scripts.
final class ScriptSession: MetaCommandHost {
  let graph: KnowledgeGraph
  var parameters: [String: Value]
  var format: OutputFormat
  var showsTiming = false
  let confirmsSettings = false
  private let options: QueryOptions
  private let failFast: Bool
  private var succeeded = true
  private var isStopped = false

  init(
    graph: KnowledgeGraph, parameters: [String: Value], format: OutputFormat,
    options: QueryOptions, failFast: Bool
  ) {
    self.graph = graph
    self.parameters = parameters
    self.format = format
    self.options = options
    self.failFast = failFast
  }

  /// Runs `text`; returns whether every statement and meta-command succeeded (stopping at the
  /// first failure when `failFast`, and at `:quit`).
  func run(_ text: String) -> Bool {
    var lines = StatementLines()
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      guard !isStopped else { break }
      switch lines.add(line) {
      case .metaCommand(let command):
        switch perform(command) {
        case .done: break
        case .failed: fail()
        case .quit: isStopped = true
        }
      case .statements(let statements):
        for statement in statements where !isStopped { execute(statement, with: [:]) }
      }
    }
    // The last statement may end without its semicolon.
    for statement in lines.unfinished where !isStopped { execute(statement, with: [:]) }
    return succeeded
  }

  func execute(_ statement: String, with extraParameters: [String: Value]) {
    let allParameters = parameters.merging(extraParameters) { $1 }
    do {
      let response = try graph.execute(statement, parameters: allParameters, options: options)
      if let text = ResponseText(format: format).render(response) { write(text) }
    } catch {
      report(error.rendered(in: statement))
      fail()
    }
  }

  func write(_ text: String) { print(text, terminator: "") }

  func schema() throws -> GraphSchema { try graph.schema() }

  private func fail() {
    succeeded = false
    if failFast { isStopped = true }
  }
}
