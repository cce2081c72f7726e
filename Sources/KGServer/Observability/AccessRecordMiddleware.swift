import Hummingbird
import Logging

/// Accounts for every request once it is answered: its route, status and latency in
/// `ServerMetrics`, and one line of the access log (at `info`), which carries the request id of
/// the logger's metadata:
///
///     {"level":"info","logger":"kg.server","message":"request","metadata":{"hb.request.id":"…",
///     "method":"GET","ms":"0.412","status":"200","uri":"/v1/exercises/Air_Bike"},…}
struct AccessRecordMiddleware: RouterMiddleware {
  let metrics: ServerMetrics

  func handle(
    _ request: Request, context: ServerRequestContext,
    next: (Request, ServerRequestContext) async throws -> Response
  ) async throws -> Response {
    let clock = ContinuousClock()
    let start = clock.now
    func record(_ status: HTTPResponse.Status) {
      let duration = clock.now - start
      metrics.recordRequest(
        method: request.method.rawValue, route: context.endpointPath ?? "NotFound",
        status: status.code, duration: duration)
      context.logger.info(
        "request",
        metadata: [
          "method": .string(request.method.rawValue), "uri": .stringConvertible(request.uri),
          "status": .stringConvertible(status.code),
          "ms": .stringConvertible((duration / .microseconds(1)).rounded() / 1000),
        ])
    }
    do {
      let response = try await next(request, context)
      record(response.status)
      return response
    } catch {
      record((error as? any HTTPResponseError)?.status ?? .internalServerError)
      throw error
    }
  }
}
