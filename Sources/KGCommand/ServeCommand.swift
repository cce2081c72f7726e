import ArgumentParser
import CypherRuntime
import ExerciseKG
import Foundation
import KGServer
import Logging

/// `kg serve`: the HTTP API over one store; a new store is first loaded with the bundled
/// exercise ontology.
struct ServeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Serve the recommendation API over HTTP.",
    discussion: """
      Creates the store and loads the bundled exercise ontology when the store is empty, then
      serves until SIGINT or SIGTERM, finishing the requests in flight. Options default to the
      environment variables KG_HOST, KG_PORT, KG_DB, KG_QUERY_TIMEOUT and KG_MAX_ROWS.

      Examples:
        kg serve
        kg serve --db gym.sqlite --host 0.0.0.0 --port 9000
        curl -s localhost:8080/v1/recommendations -H 'Content-Type: application/json' \\
          -d '{"goal": "Strength", "muscles": ["legs"], "equipment": ["dumbbell"]}'
      """)

  private static let environment = ProcessInfo.processInfo.environment

  @Option(help: "The store file.")
  var db = environment["KG_DB"] ?? "kg.sqlite"

  @Option(help: "The address to listen on.")
  var host = environment["KG_HOST"] ?? "127.0.0.1"

  @Option(help: "The port to listen on (0 picks a free one).")
  var port = environment["KG_PORT"].flatMap { Int($0) } ?? 8080

  @Option(help: "Seconds a POST /v1/query may run.")
  var queryTimeout =
    environment["KG_QUERY_TIMEOUT"].flatMap { Double($0) }
    ?? QueryLimits.service.timeout

  @Option(help: "Rows a POST /v1/query may return.")
  var maxRows = environment["KG_MAX_ROWS"].flatMap { Int($0) } ?? QueryLimits.service.maximumRows

  func run() async throws {
    var logger = Logger(label: "kg.server")
    logger.logLevel = .info
    let graph: KnowledgeGraph
    do {
      graph = try KnowledgeGraph(path: db)
      if let report = try graph.importBundledOntologyIfEmpty() {
        logger.info(
          "loaded the bundled exercise ontology",
          metadata: [
            "db": "\(db)", "nodes": "\(report.changes.nodesCreated)",
            "relationships": "\(report.changes.relationshipsCreated)",
          ])
      }
      try graph.prepareExerciseSearch()
    } catch {
      throw CommandFailure("\(error)")
    }
    var limits = QueryLimits.service
    limits.timeout = queryTimeout
    limits.maximumRows = maxRows
    let configuration = ServerConfiguration(host: host, port: port, queryLimits: limits)
    try await buildApplication(graph: graph, configuration: configuration, logger: logger)
      .runService()
  }
}
