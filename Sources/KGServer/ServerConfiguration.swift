import CypherRuntime

/// How `kg serve` listens and what it allows.
public struct ServerConfiguration: Sendable {
  public var host: String
  public var port: Int
  /// Bounds on `POST /v1/query`.
  public var queryLimits: QueryLimits
  /// The largest request body accepted, in bytes; larger ones get a 413. Imports may be larger:
  /// see `maximumImportBytes`.
  public var maximumBodyBytes: Int
  /// The largest ontology `POST /v1/import` accepts, in bytes.
  public var maximumImportBytes: Int
  /// The bearer tokens, and whether reads need one.
  public var access: AccessPolicy
  /// Requests each client may make; nil for no limit.
  public var rateLimit: RateLimit?
  /// Memory for answers kept between changes of the graph (recommendations, exercises,
  /// searches), in bytes; 0 turns the cache off.
  public var responseCacheBytes: Int

  public init(
    host: String = "127.0.0.1", port: Int = 8080, queryLimits: QueryLimits = .service,
    maximumBodyBytes: Int = 1 << 20, maximumImportBytes: Int = 64 << 20,
    access: AccessPolicy = AccessPolicy(), rateLimit: RateLimit? = .standard,
    responseCacheBytes: Int = 64 << 20
  ) {
    self.host = host
    self.port = port
    self.queryLimits = queryLimits
    self.maximumBodyBytes = maximumBodyBytes
    self.maximumImportBytes = maximumImportBytes
    self.access = access
    self.rateLimit = rateLimit
    self.responseCacheBytes = responseCacheBytes
  }
}

extension RateLimit {
  /// The default: 100 requests a second per client, in bursts of up to 200.
  public static let standard = RateLimit(requestsPerSecond: 100, burst: 200)
}
