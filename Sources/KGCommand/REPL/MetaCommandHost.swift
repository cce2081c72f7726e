import ExerciseKG
import Foundation
import GraphModel
import ResultFormat

/// What carries out meta-commands: the REPL, and `kg query` running a script.
protocol MetaCommandHost: AnyObject {
  var graph: KnowledgeGraph { get }
  var parameters: [String: Value] { get set }
  var format: OutputFormat { get set }
  var showsTiming: Bool { get set }
  /// Whether setting a parameter, the format or the timing is confirmed on the output (in the
  /// REPL; a script's output stays its results').
  var confirmsSettings: Bool { get }

  /// Writes `text` on the output.
  func write(_ text: String)
  /// Runs one statement, with `extraParameters` over the session's, and shows its outcome.
  func execute(_ statement: String, with extraParameters: [String: Value])
  func schema() throws -> GraphSchema
}

/// How a meta-command ended.
enum MetaCommandOutcome {
  case done
  case failed
  case quit
}

extension MetaCommandHost {
  /// Carries out a meta-command line, reporting what went wrong.
  func perform(_ line: String) -> MetaCommandOutcome {
    do {
      switch try MetaCommand.parse(line) {
      case .help: write(MetaCommand.helpText + "\n")
      case .schema: write(SchemaText.render(try schema()))
      case .setParameter(let name, let literal):
        let value = try ParameterValue.parse(literal)
        parameters[name] = value
        confirm("$\(name) => \(CypherLiteral.render(value))")
      case .listParameters:
        write(
          parameters.sorted { $0.key < $1.key }.map {
            ":param \($0.key) => \(CypherLiteral.render($0.value))\n"
          }.joined())
      case .format(let newFormat):
        if let newFormat { format = newFormat }
        confirm("format: \(format.rawValue)")
      case .timing(let setting):
        if let setting { showsTiming = setting }
        confirm("timing: \(showsTiming ? "on" : "off")")
      case .explain(let query): execute("EXPLAIN " + query, with: [:])
      case .profile(let query): execute("PROFILE " + query, with: [:])
      case .source(let path):
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
          throw MetaCommandError("Cannot read \(path)")
        }
        for statement in StatementSplitter.split(text) { execute(statement, with: [:]) }
      case .run(nil, _):
        write(
          graph.queries.queries.values.sorted { $0.name < $1.name }.map {
            ($0.summary.split(separator: "\n").first.map(String.init) ?? $0.name) + "\n"
          }.joined())
      case .run(let name?, let assignments):
        let query = try graph.queries.query(name)
        var values = try query.defaults.filter { parameters[$0.key] == nil }
        for assignment in assignments {
          values[assignment.name] = try ParameterValue.parse(assignment.literal)
        }
        execute(query.text, with: values)
      case .quit: return .quit
      }
    } catch {
      report("\(error)")
      return .failed
    }
    return .done
  }

  /// Writes `message` on standard error.
  func report(_ message: String) {
    var standardError = StandardError()
    print(message, to: &standardError)
  }

  private func confirm(_ setting: String) {
    if confirmsSettings { write(setting + "\n") }
  }
}
