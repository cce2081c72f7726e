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
