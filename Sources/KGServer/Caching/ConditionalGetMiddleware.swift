import Hummingbird

/// Answers a GET or HEAD whose `If-None-Match` names the entity tag of the answer with
/// 304 Not Modified and no body, so a client that kept the answer need not read it again.
/// Only 200 answers carry tags (`TaggedJSON`), so errors and refusals pass unchanged. Written
/// for `ServerRequestContext`, as `ProblemMiddleware` is.
struct ConditionalGetMiddleware: RouterMiddleware {
  func handle(
    _ request: Request, context: ServerRequestContext,
    next: (Request, ServerRequestContext) async throws -> Response
  ) async throws -> Response {
    let response = try await next(request, context)
    guard request.method == .get || request.method == .head, response.status == .ok,
      let tag = response.headers[.eTag], let condition = request.headers[.ifNoneMatch],
      EntityTag.isMatched(by: condition, tag)
    else { return response }
    var headers = response.headers
    headers[.contentType] = nil
    headers[.contentLength] = nil
    return Response(status: .notModified, headers: headers)
  }
}
