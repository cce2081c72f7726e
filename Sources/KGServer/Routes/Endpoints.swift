import Hummingbird

/// Registers routes path by path: each handler runs after the `Gatekeeper` admits its caller,
/// requests other than GET honour an `Idempotency-Key`, and a request with a method a path does
/// not offer gets a 405 with an `Allow` header, not a 404.
struct Endpoints {
  typealias Handler = @Sendable (Request, ServerRequestContext) async throws -> Response

  let router: Router<ServerRequestContext>
  let gatekeeper: Gatekeeper
  let graphWork: GraphWork
  let answers: CachedAnswers
  let idempotency = IdempotencyKeys()
  let configuration: ServerConfiguration

  /// The methods a path could be asked for; those it lacks answer 405.
  private static var methods: [HTTPRequest.Method] { [.get, .post, .put, .patch, .delete] }

  /// Adds the `handlers` of `path`, each needing the access its method implies (GET reads,
  /// the others write) unless `access` says otherwise for every method.
  func add(
    _ path: RouterPath, access: RouteAccess? = nil,
    _ handlers: [HTTPRequest.Method: Handler]
  ) {
    let allowed = Self.methods.filter { handlers[$0] != nil }.map(\.rawValue)
      .joined(separator: ", ")
    let bodyLimit = max(configuration.maximumBodyBytes, configuration.maximumImportBytes)
    for method in Self.methods {
      if let handler = handlers[method] {
        let access = access ?? RouteAccess(implying: method)
        router.on(path, method: method) { [gatekeeper, idempotency] request, context in
          var context = context
          try gatekeeper.admit(request, &context, to: access)
          guard method != .get else { return try await handler(request, context) }
          return try await idempotency.answer(request, context, bodyLimit: bodyLimit, handler)
        }
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

  /// A `POST` route that reads: it takes a JSON `Body` and is answered by `respond`. While
  /// answers are cached, so are decoded bodies (`DecodedBodies`).
  func postReading<Body: Decodable & Sendable>(
    _ path: RouterPath, decoding _: Body.Type,
    _ respond: @escaping @Sendable (Body, ServerRequestContext) async throws -> Response
  ) {
    let limit = configuration.maximumBodyBytes
    // Kept while answers are: with the cache off, every request costs what it costs.
    let known =
      configuration.responseCacheBytes > 0 ? DecodedBodies<Body>(capacity: 1024) : nil
    add(
      path, access: .read,
      [
        .post: { request, context in
          let body = try await request.decodeJSON(Body.self, limit: limit, known: known)
          return try await respond(body, context)
        }
      ])
  }
}
