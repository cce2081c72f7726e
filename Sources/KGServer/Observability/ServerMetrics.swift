import Prometheus

/// The figures `GET /metrics` reports in Prometheus's text format: requests and their latency
/// per route, the time spent in the graph per operation, and the database's size.
final class ServerMetrics: Sendable {
  private let registry = PrometheusCollectorRegistry()
  private let databaseBytes: Gauge

  /// Latency buckets from half a millisecond to ten seconds.
  private static let buckets: [Duration] = [
    .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5),
    .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
    .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5),
    .seconds(10),
  ]

  init() {
    databaseBytes = registry.makeGauge(
      descriptor: MetricNameDescriptor(
        metricName: "kg_database", unitName: "bytes",
        helpText: "The size of the database's pages, in bytes."))
  }

  /// Counts one answered request and its latency under its route's pattern (such as
  /// `/v1/exercises/{id}`), so that the number of series stays bounded.
  func recordRequest(method: String, route: String, status: Int, duration: Duration) {
    registry.makeCounter(
      descriptor: MetricNameDescriptor(
        metricName: "kg_http_requests", unitName: "total",
        helpText: "HTTP requests answered, by method, route and status."),
      labels: [("method", method), ("route", route), ("status", String(status))]
    ).increment()
    registry.makeDurationHistogram(
      descriptor: MetricNameDescriptor(
        metricName: "kg_http_request_duration", unitName: "seconds",
        helpText: "Time to answer an HTTP request, by method and route."),
      labels: [("method", method), ("route", route)], buckets: Self.buckets
    ).record(duration)
  }

  /// Records the time one operation (`recommend`, `query`, `search`…) spent in the graph.
  func recordGraphWork(_ operation: String, duration: Duration) {
    registry.makeDurationHistogram(
      descriptor: MetricNameDescriptor(
        metricName: "kg_graph_duration", unitName: "seconds",
        helpText: "Time spent in the graph (queries, searches, writes), by operation."),
      labels: [("operation", operation)], buckets: Self.buckets
    ).record(duration)
  }

  /// Counts one lookup of `operation`'s answers in the response cache.
  func recordCacheLookup(_ operation: String, hit: Bool) {
    registry.makeCounter(
      descriptor: MetricNameDescriptor(
        metricName: "kg_response_cache_lookups", unitName: "total",
        helpText: "Lookups of cached answers, by operation and outcome (hit or miss)."),
      labels: [("operation", operation), ("outcome", hit ? "hit" : "miss")]
    ).increment()
  }

  /// The text exposition, after setting the database size to `databaseBytes`.
  func exposition(databaseBytes bytes: Int) -> [UInt8] {
    databaseBytes.set(Int64(bytes))
    return registry.emitToBuffer()
  }
}
