import ExerciseKG
import Foundation
import GraphModel

/// Any Cypher text, run many times on the curated ontology through `KnowledgeGraph.execute`:
/// what one construct costs, measured on its own. Under callgrind (collecting only inside
/// `KnowledgeGraph.execute`) the difference between a query with the construct and one without,
/// per run, is the construct's instruction count.
struct CypherBenchmark {
  let file: String
  let samples: Int
  let path: String
  /// `name=literal` assignments: the parameters, each a Cypher literal.
  let assignments: [String]

  struct Measurement {
    let median: Double
    let p99: Double
    let rows: Int
  }

  func run() throws -> Measurement {
    let text = try String(contentsOfFile: file, encoding: .utf8)
    let graph = try GraphLoader.curated(path: path)
    try graph.prepareForServing()
    let parameters = try self.parameters(graph)
    var sampler = LatencySampler(capacity: samples)
    var rows = 0
    for _ in 0..<samples {
      try sampler.time { rows = try graph.execute(text, parameters: parameters).result.rows.count }
    }
    return Measurement(median: sampler.quantile(0.5), p99: sampler.quantile(0.99), rows: rows)
  }

  /// The parameters, each literal's value as Cypher reads it.
  private func parameters(_ graph: KnowledgeGraph) throws -> [String: Value] {
    try assignments.reduce(into: [:]) { parameters, assignment in
      guard let equals = assignment.firstIndex(of: "=") else {
        throw UsageError("--param takes name=literal, got \(assignment)")
      }
      let literal = assignment[assignment.index(after: equals)...]
      let value = try graph.execute("RETURN \(literal) AS value").result.rows.first?.first
      parameters[String(assignment[..<equals])] = value ?? .null
    }
  }
}
