import CypherRuntime

/// How `kg serve` listens and what it allows.
public struct ServerConfiguration: Sendable {
  public var host: String
  public var port: Int
  /// Bounds on `POST /v1/query`.
  public var queryLimits: QueryLimits
  /// The largest request body accepted, in bytes; larger ones get a 413.
  public var maximumBodyBytes: Int

  public init(
    host: String = "127.0.0.1", port: Int = 8080, queryLimits: QueryLimits = .service,
    maximumBodyBytes: Int = 1 << 20
  ) {
    self.host = host
    self.port = port
    self.queryLimits = queryLimits
    self.maximumBodyBytes = maximumBodyBytes
  }
}
