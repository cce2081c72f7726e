import ArgumentParser
import ExerciseKG
import Foundation
import GraphModel
import ResultFormat

/// Output formats of `kg query`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case table, json, cypher
}

/// Runs statements one after another, printing each result, and errors with a caret on stderr.
struct StatementRunner {
  let graph: KnowledgeGraph
  let parameters: [String: Value]
  let format: OutputFormat
  let options: QueryOptions

  /// Runs `statements`; returns whether all succeeded (stopping at the first failure when
  /// `failFast`).
  func run(_ statements: [String], failFast: Bool) -> Bool {
    var succeeded = true
    for statement in statements {
      do {
        let response = try graph.execute(statement, parameters: parameters, options: options)
        if let text = render(response) { print(text) }
      } catch {
        var standardError = StandardError()
        print(error.rendered(in: statement), to: &standardError)
        succeeded = false
        if failFast { break }
      }
    }
    return succeeded
  }

  /// The response as `format` shows it; nothing, except in JSON, for a query without RETURN.
  /// EXPLAIN's plan is all there is to show; PROFILE's follows the result, except in JSON,
  /// which stays one parseable document.
  private func render(_ response: QueryResponse) -> String? {
    if let plan = response.plan, response.result.rows.isEmpty { return plan }
    guard let result = renderResult(response) else { return response.plan }
    guard let plan = response.plan, format != .json else { return result }
    return result + "\n" + plan
  }

  private func renderResult(_ response: QueryResponse) -> String? {
    if response.result.columns.isEmpty && format != .json { return nil }
    switch format {
    case .table: return TableFormat.render(response.result)
    case .json: return JSONFormat.render(response.result)
    case .cypher:
      return response.result.rows.map { $0.map(CypherLiteral.render).joined(separator: ", ") }
        .joined(separator: "\n")
    }
  }
}
