import Hummingbird

/// Who may call what: the configured bearer tokens, and whether reads need one.
///
/// Reads are public when `publicReads` is set or when no token is configured at all (a fresh
/// `kg serve` on the loopback address answers without setup); writes always need a `write`
/// token, so a server without tokens cannot be written to over HTTP.
public struct AccessPolicy: Sendable {
  private let tokensByDigest: [String: AccessToken]
  public let publicReads: Bool

  public init(tokens: [AccessToken] = [], publicReads: Bool = false) {
    tokensByDigest = Dictionary(tokens.map { ($0.digest, $0) }) { first, _ in first }
    self.publicReads = publicReads || tokens.isEmpty
  }

  /// The token a request presents in `Authorization: Bearer …`, or nil when it presents none.
  ///
  /// - Throws: a 401 `Problem` when it presents a header that is not a known bearer token.
  func token(presentedBy request: Request) throws -> AccessToken? {
    guard let authorization = request.headers[.authorization] else { return nil }
    let parts = authorization.split(separator: " ", maxSplits: 1)
    guard parts.count == 2, parts[0].lowercased() == "bearer",
      let token = tokensByDigest[AccessToken.digest(of: String(parts[1]))]
    else {
      throw Self.unauthorized(
        "The bearer token is not one this server accepts.", challenge: #"error="invalid_token""#)
    }
    return token
  }

  /// Checks that `token` (nil for an anonymous caller) may use a route needing `access`.
  ///
  /// - Throws: a 401 `Problem` when a token is needed and none was presented, a 403 when the
  ///   token lacks the scope.
  func authorize(_ token: AccessToken?, for access: RouteAccess) throws {
    let scope: Scope
    switch access {
    case .open: return
    case .read where publicReads: return
    case .read: scope = .read
    case .write: scope = .write
    }
    guard let token else {
      throw Self.unauthorized("This route needs a bearer token with the '\(scope)' scope.")
    }
    guard token.allows(scope) else {
      throw Problem(
        .forbidden, kind: "insufficient-scope", title: "Insufficient scope",
        detail: "The token '\(token.name)' lacks the '\(scope)' scope this route needs.",
        headers: [
          .wwwAuthenticate: #"Bearer realm="kg", error="insufficient_scope", scope="\#(scope)""#
        ])
    }
  }

  private static func unauthorized(_ detail: String, challenge: String? = nil) -> Problem {
    Problem(
      .unauthorized, kind: "unauthorized", title: "Unauthorized", detail: detail,
      headers: [.wwwAuthenticate: #"Bearer realm="kg""# + (challenge.map { ", " + $0 } ?? "")])
  }
}
