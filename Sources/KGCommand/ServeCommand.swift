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
      Creates the store and loads the bundled exercise ontology when the store is empty, then \
      serves until SIGINT or SIGTERM, finishing the requests in flight. Options default to the \
      environment variables KG_HOST, KG_PORT, KG_DB, KG_QUERY_TIMEOUT, KG_MAX_ROWS, \
      KG_TOKENS_FILE, KG_PUBLIC_READS (1 for yes), KG_RATE_LIMIT, KG_RATE_BURST, KG_CACHE_MIB \
      and KG_LOG_LEVEL.

      Recommendations, exercises and searches are answered from memory while the graph is \
      unchanged; any change to it (through the API, or by another process writing the store) \
      empties that cache at once. --cache-mib 0 turns it off.

      Bearer tokens are configured as lines 'NAME SCOPES SHA256' (kg token makes one), in \
      --tokens-file or in KG_TOKENS (entries separated by ';'). Writes need a token with the \
      write scope; reads need one with the read scope once any token is configured, unless \
      --public-reads.

      Logs are JSON lines on standard error, one per request answered at the info level; \
      --log-level warning keeps only warnings and errors.

      Examples:
        kg serve
        kg serve --db gym.sqlite --host 0.0.0.0 --port 9000
        kg serve --tokens-file tokens.txt --public-reads --rate-limit 50
        curl -s localhost:8080/v1/recommendations \\
          -H 'Content-Type: application/json' \\
          -d '{"goal": "Strength", "muscles": ["legs"], "equipment": ["dumbbell"]}'
      """)

  private static let environment = ProcessInfo.processInfo.environment

  @OptionGroup var database: DatabaseOptions

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

  @Option(
    help:
      "A file of bearer tokens, one 'NAME SCOPES SHA256' per line (see kg token; KG_TOKENS_FILE)."
  )
  var tokensFile: String?

  @Flag(help: "Answer reads without a token even when tokens are configured.")
  var publicReads = environment["KG_PUBLIC_READS"] == "1"

  @Option(help: "Requests a second each client may make on average (0: no limit).")
  var rateLimit =
    environment["KG_RATE_LIMIT"].flatMap { Double($0) }
    ?? RateLimit.standard.requestsPerSecond

  @Option(help: "Requests each client may make at once.")
  var rateBurst = environment["KG_RATE_BURST"].flatMap { Int($0) } ?? RateLimit.standard.burst

  @Option(help: "MiB of memory for answers kept while the graph is unchanged (0: no cache).")
  var cacheMib =
    environment["KG_CACHE_MIB"].flatMap { Int($0) }
    ?? ServerConfiguration().responseCacheBytes >> 20

  @Option(
    help: """
      The lowest level logged: trace, debug, info (default), notice, warning, error or critical.
      """,
    transform: logLevel(named:))
  var logLevel = environment["KG_LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0) } ?? .info

  func run() async throws {
    var logger = Logger(label: "kg.server") { JSONLogHandler(label: $0) }
    logger.logLevel = logLevel
    let graph = try database.open()
    do {
      if let report = try graph.importBundledOntologyIfEmpty() {
        logger.info(
          "loaded the bundled exercise ontology",
          metadata: [
            "db": "\(database.db)", "nodes": "\(report.changes.nodesCreated)",
            "relationships": "\(report.changes.relationshipsCreated)",
          ])
      }
      try graph.prepareForServing()
    } catch {
      throw CommandFailure("\(error)")
    }
    var limits = QueryLimits.service
    limits.timeout = queryTimeout
    limits.maximumRows = maxRows
    let configuration = ServerConfiguration(
      host: host, port: port, queryLimits: limits,
      access: AccessPolicy(tokens: try tokens(), publicReads: publicReads),
      rateLimit: rateLimit > 0 ? RateLimit(requestsPerSecond: rateLimit, burst: rateBurst) : nil,
      responseCacheBytes: max(0, cacheMib) << 20)
    try await buildApplication(graph: graph, configuration: configuration, logger: logger)
      .runService()
  }

  /// The level `--log-level` names.
  private static func logLevel(named name: String) throws -> Logger.Level {
    guard let level = Logger.Level(rawValue: name) else {
      throw ValidationError(
        "'\(name)' is not a log level: use "
          + Logger.Level.allCases.map(\.rawValue).joined(separator: ", ") + ".")
    }
    return level
  }

  /// The tokens of `--tokens-file` and of `KG_TOKENS`.
  private func tokens() throws -> [AccessToken] {
    do {
      var tokens =
        try Self.environment["KG_TOKENS"].map {
          try AccessToken.parse($0, source: "KG_TOKENS")
        } ?? []
      if let tokensFile = tokensFile ?? Self.environment["KG_TOKENS_FILE"] {
        tokens += try AccessToken.parse(
          String(contentsOfFile: tokensFile, encoding: .utf8), source: tokensFile)
      }
      return tokens
    } catch {
      throw CommandFailure("\(error)")
    }
  }
}
