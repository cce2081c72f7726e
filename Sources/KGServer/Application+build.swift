import ExerciseKG
import Hummingbird
import Logging

/// The HTTP API over `graph`: the one assembly `kg serve` runs and the tests drive.
///
/// Every route answers JSON (but `/metrics`); every error is an RFC 7807
/// `application/problem+json` body (`ProblemMiddleware`).
public func buildApplication(
  graph: KnowledgeGraph, configuration: ServerConfiguration = ServerConfiguration(),
  logger: Logger = Logger(label: "kg.server")
) -> some ApplicationProtocol {
  Application(
    router: buildRouter(graph: graph, configuration: configuration),
    configuration: ApplicationConfiguration(
      address: .hostname(configuration.host, port: configuration.port), serverName: "kg"),
    logger: logger)
}

func buildRouter(graph: KnowledgeGraph, configuration: ServerConfiguration) -> Router<
  ServerRequestContext
> {
  let router = Router(context: ServerRequestContext.self)
  let metrics = ServerMetrics()
  router.middlewares.add(AccessRecordMiddleware(metrics: metrics))
  router.middlewares.add(RequestIDMiddleware())
  router.middlewares.add(ProblemMiddleware())
  router.middlewares.add(ConditionalGetMiddleware())
  let graphWork = GraphWork(metrics: metrics)
  let endpoints = Endpoints(
    router: router,
    gatekeeper: Gatekeeper(
      policy: configuration.access, limiter: configuration.rateLimit.map { RateLimiter($0) }),
    graphWork: graphWork,
    answers: CachedAnswers(
      graph: graph, graphWork: graphWork, budget: configuration.responseCacheBytes),
    configuration: configuration)
  HealthRoutes.register(on: endpoints, graph: graph)
  RecommendationRoutes.register(on: endpoints, graph: graph)
  CatalogRoutes.register(on: endpoints, graph: graph)
  QueryRoutes.register(on: endpoints, graph: graph)
  EditRoutes.register(on: endpoints, graph: graph)
  ImportRoute.register(on: endpoints, graph: graph)
  MetricsRoute.register(on: endpoints, graph: graph)
  OpenAPIRoute.register(on: endpoints)
  return router
}
