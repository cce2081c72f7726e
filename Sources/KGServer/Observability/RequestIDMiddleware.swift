import HTTPTypes
import Hummingbird

/// Answers every request with the id its log lines carry (`hb.request.id`), as `X-Request-Id`,
/// so that a client's report can be matched to the server's log.
struct RequestIDMiddleware: RouterMiddleware {
  func handle(
    _ request: Request, context: ServerRequestContext,
    next: (Request, ServerRequestContext) async throws -> Response
  ) async throws -> Response {
    var response = try await next(request, context)
    response.headers[.requestID] = context.id
    return response
  }
}

extension HTTPField.Name {
  static let requestID = HTTPField.Name("X-Request-Id")!
}
