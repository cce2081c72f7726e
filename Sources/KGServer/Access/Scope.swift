import Hummingbird

/// What a bearer token may do: `read` the graph (every GET, recommendations, read-only Cypher)
/// or also `write` it (taxonomy editing, imports, updating Cypher). `write` includes `read`.
public enum Scope: String, Sendable, Hashable, CaseIterable {
  case read
  case write
}

/// What a route asks of its caller.
enum RouteAccess: Sendable {
  /// Anyone: health, readiness, metrics and the OpenAPI document.
  case open
  /// A `read` token, unless reads are public.
  case read
  /// A `write` token, always.
  case write

  /// The access a method implies: GET reads, every other method writes. Routes that read by
  /// POST (recommendations, queries) say so.
  init(implying method: HTTPRequest.Method) {
    self = method == .get || method == .head ? .read : .write
  }
}
