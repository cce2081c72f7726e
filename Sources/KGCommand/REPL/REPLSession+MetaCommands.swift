import ExerciseKG
import Foundation
import GraphModel
import ResultFormat

extension REPLSession {
  /// Carries out a meta-command line; returns `false` for `:quit`.
  func perform(_ line: String) -> Bool {
    do {
      switch try MetaCommand.parse(line) {
      case .help: terminal.write(MetaCommand.helpText + "\n")
      case .schema: terminal.write(SchemaText.render(try schema()))
      case .setParameter(let name, let literal):
        let value = try ParameterValue.parse(literal)
        parameters[name] = value
        terminal.write("$\(name) => \(CypherLiteral.render(value))\n")
      case .listParameters:
        terminal.write(
          parameters.sorted { $0.key < $1.key }.map {
            ":param \($0.key) => \(CypherLiteral.render($0.value))\n"
          }.joined())
      case .format(let newFormat):
        if let newFormat { format = newFormat }
        terminal.write("format: \(format.rawValue)\n")
      case .timing(let setting):
        if let setting { showsTiming = setting }
        terminal.write("timing: \(showsTiming ? "on" : "off")\n")
      case .explain(let query): execute("EXPLAIN " + query)
      case .profile(let query): execute("PROFILE " + query)
      case .source(let path):
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
          throw MetaCommandError("Cannot read \(path)")
        }
        for statement in StatementSplitter.split(text) { execute(statement) }
      case .run(nil, _):
        terminal.write(
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
      case .quit: return false
      }
    } catch {
      report("\(error)")
    }
    return true
  }
}
