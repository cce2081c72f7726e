import Prometheus
import Synchronization

/// The figures `GET /metrics` reports in Prometheus's text format: requests and their latency
/// per route, the time spent in the graph per operation, and the database's size.
///
/// The registry makes a series by building its name and hashing its labels; the series of
/// each request kind are kept here once made, so that recording one is a single look-up.
final class ServerMetrics: Sendable {
  private let registry = PrometheusCollectorRegistry()
  private let databaseBytes: Gauge
  private let requestSeries = Mutex<[RequestKind: (count: Counter, latency: DurationHistogram)]>(
    [:])
  private let graphWorkSeries = Mutex<[String: DurationHistogram]>([:])
  private let cacheLookupSeries = Mutex<[CacheLookupKind: Counter]>([:])

  /// What the request series are labelled with.
  private struct RequestKind: Hashable, Sendable {
    let method: String
    let route: String
    let status: Int
  }

  private struct CacheLookupKind: Hashable, Sendable {
    let operation: String
    let outcome: String
  }

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
    let kind = RequestKind(method: method, route: route, status: status)
    let series = Self.series(kind, in: requestSeries) {
      (
        count: registry.makeCounter(
          descriptor: MetricNameDescriptor(
            metricName: "kg_http_requests", unitName: "total",
            helpText: "HTTP requests answered, by method, route and status."),
          labels: [("method", method), ("route", route), ("status", String(status))]),
        latency: registry.makeDurationHistogram(
          descriptor: MetricNameDescriptor(
            metricName: "kg_http_request_duration", unitName: "seconds",
            helpText: "Time to answer an HTTP request, by method and route."),
          labels: [("method", method), ("route", route)], buckets: Self.buckets)
      )
    }
    series.count.increment()
    series.latency.record(duration)
  }

  /// Records the time one operation (`recommend`, `query`, `search`…) spent in the graph.
  func recordGraphWork(_ operation: String, duration: Duration) {
    Self.series(operation, in: graphWorkSeries) {
      registry.makeDurationHistogram(
        descriptor: MetricNameDescriptor(
          metricName: "kg_graph_duration", unitName: "seconds",
          helpText: "Time spent in the graph (queries, searches, writes), by operation."),
        labels: [("operation", operation)], buckets: Self.buckets)
    }.record(duration)
  }

  /// The series `key` labels in `table`, made by `make` the first time.
  private static func series<Key: Hashable & Sendable, Series: Sendable>(
    _ key: Key, in table: borrowing Mutex<[Key: Series]>, make: () -> Series
  ) -> Series {
    table.withLock { table in
      if let made = table[key] { return made }
      let made = make()
      table[key] = made
      return made
    }
  }

  /// Counts one lookup of `operation`'s answers in the response cache.
  func recordCacheLookup(_ operation: String, hit: Bool) {
    let outcome = hit ? "hit" : "miss"
    Self.series(CacheLookupKind(operation: operation, outcome: outcome), in: cacheLookupSeries) {
      registry.makeCounter(
        descriptor: MetricNameDescriptor(
          metricName: "kg_response_cache_lookups", unitName: "total",
          helpText: "Lookups of cached answers, by operation and outcome (hit or miss)."),
        labels: [("operation", operation), ("outcome", outcome)])
    }.increment()
  }

  /// The text exposition, after setting the database size to `databaseBytes`.
  func exposition(databaseBytes bytes: Int) -> [UInt8] {
    databaseBytes.set(Int64(bytes))
    return registry.emitToBuffer()
  }
}
