import ExerciseKG
import Foundation
import GraphModel
import ResultFormat

/// `kg query --jsonl`: the line protocol of `../shared/tck/README.md`. One JSON request per
/// line on stdin (`{"query": …, "params": {name: "Cypher literal"}}`), exactly one JSON answer
/// per line on stdout, flushed; exits when stdin closes.
struct JSONLinesSession {
  let graph: KnowledgeGraph
  let options: QueryOptions

  func run() {
    while let line = readLine(strippingNewline: true) {
      guard !line.allSatisfy(\.isWhitespace) else { continue }
      let answer = respond(to: line)
      FileHandle.standardOutput.write(Data((answer + "\n").utf8))
    }
  }

  /// The answer line for one request line.
  func respond(to line: String) -> String {
    guard let data = line.data(using: .utf8),
      let request = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let query = request["query"] as? String
    else {
      return errorLine(
        QueryError(
          type: "SyntaxError", detail: "InvalidRequest", phase: .compile,
          message: #"A request is one JSON object with a "query" string"#, span: nil))
    }
    do {
      var parameters: [String: Value] = [:]
      for (name, literal) in request["params"] as? [String: Any] ?? [:] {
        parameters[name] = try ParameterValue.parse("\(literal)")
      }
      let response = try graph.execute(query, parameters: parameters, options: options)
      return answerLine(response)
    } catch {
      return errorLine(error)
    }
  }

  private func answerLine(_ response: QueryResponse) -> String {
    let columns = response.result.columns.map(JSONFormat.string).joined(separator: ", ")
    let rows = response.result.rows.map { row in
      "[" + row.map { JSONFormat.string(CypherLiteral.render($0)) }.joined(separator: ", ") + "]"
    }.joined(separator: ", ")
    let changes = response.changes ?? ChangeSummary()
    let stats = [
      ("+nodes", changes.nodesCreated), ("-nodes", changes.nodesDeleted),
      ("+relationships", changes.relationshipsCreated),
      ("-relationships", changes.relationshipsDeleted),
      ("+labels", changes.labelsAdded), ("-labels", changes.labelsRemoved),
      ("+properties", changes.propertiesSet), ("-properties", changes.propertiesRemoved),
    ].map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ")
    let microseconds =
      response.elapsed.components.seconds * 1_000_000
      + response.elapsed.components.attoseconds / 1_000_000_000_000
    return
      #"{"columns": [\#(columns)], "rows": [\#(rows)], "stats": {\#(stats)}, "elapsed_us": \#(microseconds)}"#
  }

  private func errorLine(_ error: QueryError) -> String {
    let detail = error.detail.map(JSONFormat.string) ?? "null"
    var fields = [
      "\"type\": \(JSONFormat.string(error.type))", "\"detail\": \(detail)",
      "\"phase\": \"\(error.phase.rawValue)\"", "\"message\": \(JSONFormat.string(error.message))",
    ]
    if let span = error.span {
      fields += ["\"line\": \(span.line)", "\"column\": \(span.column)"]
    }
    return #"{"error": {\#(fields.joined(separator: ", "))}}"#
  }
}
