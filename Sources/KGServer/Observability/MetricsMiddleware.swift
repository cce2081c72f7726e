import Hummingbird

/// Records every request's route, status and latency in `ServerMetrics`.
struct MetricsMiddleware: RouterMiddleware {
  let metrics: ServerMetrics

  func handle(
    _ request: Request, context: ServerRequestContext,
    next: (Request, ServerRequestContext) async throws -> Response
  ) async throws -> Response {
    let clock = ContinuousClock()
    let start = clock.now
    func record(_ status: HTTPResponse.Status) {
      metrics.recordRequest(
        method: request.method.rawValue, route: context.endpointPath ?? "NotFound",
        status: status.code, duration: clock.now - start)
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
