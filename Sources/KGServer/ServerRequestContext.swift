import Hummingbird
import NIOCore

/// What the server knows of a request beyond the request itself: the client's address and,
/// once `Endpoints` has checked it, the bearer token it presented.
public struct ServerRequestContext: RequestContext, RemoteAddressRequestContext {
  public var coreContext: CoreRequestContextStorage
  public let remoteAddress: SocketAddress?
  /// The caller's token; nil for an anonymous caller.
  public var token: AccessToken?

  public init(source: ApplicationRequestContextSource) {
    coreContext = CoreRequestContextStorage(source: source)
    remoteAddress = source.channel.remoteAddress
  }
}

extension ServerRequestContext {
  /// Whom the request counts against, for rate limits and idempotency keys: the token's name,
  /// else the client's address.
  var client: String {
    if let token { return "token " + token.name }
    return "address " + (remoteAddress?.ipAddress ?? "unknown")
  }
}
