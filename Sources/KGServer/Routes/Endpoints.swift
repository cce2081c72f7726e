import Hummingbird

/// Registers routes path by path, so that a request with a method a path does not offer gets a
/// 405 with an `Allow` header, not a 404.
struct Endpoints<Context: RequestContext> {
  typealias Handler = @Sendable (Request, Context) async throws -> Response

  let router: Router<Context>

  /// The methods a path could be asked for; those it lacks answer 405.
  private static var methods: [HTTPRequest.Method] { [.get, .post, .put, .patch, .delete] }

  func add(_ path: RouterPath, _ handlers: [HTTPRequest.Method: Handler]) {
    let allowed = Self.methods.filter { handlers[$0] != nil }.map(\.rawValue)
      .joined(separator: ", ")
    for method in Self.methods {
      if let handler = handlers[method] {
        router.on(path, method: method, use: handler)
      } else {
        router.on(path, method: method) { request, _ -> Response in
          throw Problem(
            .methodNotAllowed, kind: "method-not-allowed", title: "Method not allowed",
            detail: "\(request.method) is not allowed on \(request.uri.path); use \(allowed).",
            headers: [.allow: allowed])
        }
      }
    }
  }

  /// A `POST` route taking a JSON `Body` of at most `limit` bytes, answered by `respond` off
  /// the cooperative pool (see `offloaded`).
  func post<Body: Decodable & Sendable>(
    _ path: RouterPath, decoding _: Body.Type, limit: Int,
    _ respond: @escaping @Sendable (Body) throws -> Response
  ) {
    add(
      path,
      [
        .post: { request, _ in
          let body = try await request.decodeJSON(Body.self, limit: limit)
          return try await offloaded { try respond(body) }
        }
      ])
  }
}
