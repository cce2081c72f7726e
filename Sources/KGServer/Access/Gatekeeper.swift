import Hummingbird

/// Admits a request to a route: identifies the caller by its bearer token, applies the
/// caller's rate limit, and checks the route's access against the caller's scopes.
struct Gatekeeper: Sendable {
  let policy: AccessPolicy
  let limiter: RateLimiter?

  /// Records the caller's token in `context`, or throws the problem that refuses the request:
  /// 401 (no or unknown token), 429 (rate limited, with `Retry-After`) or 403 (missing scope).
  func admit(_ request: Request, _ context: inout ServerRequestContext, to access: RouteAccess)
    throws
  {
    guard access != .open else { return }
    context.token = try policy.token(presentedBy: request)
    if let limiter, let wait = limiter.take(for: context.client) {
      let seconds = Int((wait / .seconds(1)).rounded(.up))
      throw Problem(
        .tooManyRequests, kind: "rate-limited", title: "Too many requests",
        detail:
          "This client may make \(limiter.limit.burst) requests at once and "
          + "\(limiter.limit.requestsPerSecond) a second; retry in \(seconds) s.",
        headers: [.retryAfter: String(seconds)])
    }
    try policy.authorize(context.token, for: access)
  }
}
