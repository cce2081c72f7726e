import ExerciseKG
import Hummingbird
import Logging

/// The HTTP API over `graph`: the one assembly `kg serve` runs and the tests drive.
///
/// Every route answers JSON; every error is an RFC 7807 `application/problem+json` body
/// (`ProblemMiddleware`).
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
  BasicRequestContext
> {
  let router = Router()
  router.middlewares.add(LogRequestsMiddleware(.info))
  router.middlewares.add(ProblemMiddleware())
  let endpoints = Endpoints(router: router)
  HealthRoutes.register(on: endpoints, graph: graph)
  RecommendationRoutes.register(on: endpoints, graph: graph, configuration: configuration)
  CatalogRoutes.register(on: endpoints, graph: graph)
  QueryRoutes.register(on: endpoints, graph: graph, configuration: configuration)
  OpenAPIRoute.register(on: endpoints)
  return router
}
