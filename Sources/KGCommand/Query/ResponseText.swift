import ArgumentParser
import ExerciseKG
import Foundation
import GraphModel
import ResultFormat

/// Output formats of `kg query`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  /// `table` on a terminal, `cypher` when piped.
  case auto
  /// Aligned columns with box drawing.
  case table
  /// One document: `{"columns": [...], "rows": [[...]]}`.
  case json
  /// One JSON object per row.
  case jsonl
  /// RFC 4180, with a header line.
  case csv
  /// Each row's values as Cypher literals, comma-separated.
  case cypher

  /// The format `auto` stands for, given whether standard output is a terminal.
  func resolved(isTerminal: Bool) -> OutputFormat {
    self == .auto ? (isTerminal ? .table : .cypher) : self
  }
}

/// A query's response as `kg query` prints it in one of the output formats.
struct ResponseText {
  let format: OutputFormat

  /// The response as `format` shows it, each line ended; nothing, except in JSON, for a query
  /// without RETURN. EXPLAIN's plan is all there is to show; PROFILE's follows the result, on
  /// a terminal's formats only, so that JSON, JSON lines and CSV stay parseable.
  func render(_ response: QueryResponse) -> String? {
    if let plan = response.plan, response.result.rows.isEmpty { return plan + "\n" }
    guard let result = renderResult(response) else { return response.plan.map { $0 + "\n" } }
    guard let plan = response.plan, [.table, .cypher].contains(format) else { return result }
    return result + "\n" + plan + "\n"
  }

  private func renderResult(_ response: QueryResponse) -> String? {
    if response.result.columns.isEmpty && format != .json { return nil }
    switch format {
    case .auto, .table: return TableFormat.render(response.result) + "\n"
    case .json: return JSONFormat.render(response.result) + "\n"
    case .jsonl: return JSONFormat.renderLines(response.result)
    case .csv: return CSVFormat.render(response.result)
    case .cypher:
      return response.result.rows.map {
        $0.map(CypherLiteral.render).joined(separator: ", ") + "\n"
      }.joined()
    }
  }
}
