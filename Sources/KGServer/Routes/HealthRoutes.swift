import ExerciseKG
import Hummingbird

/// `GET /healthz` (the process answers) and `GET /readyz` (the database is open and holds the
/// exercise ontology).
enum HealthRoutes {
  static func register<Context: RequestContext>(
    on endpoints: Endpoints<Context>, graph: KnowledgeGraph
  ) {
    endpoints.add("/healthz", [.get: { _, _ in try JSONResponse.make(["status": "up"]) }])
    endpoints.add(
      "/readyz",
      [
        .get: { _, _ in
          let statistics = try await offloaded { try graph.statistics() }
          guard statistics.nodesByLabel["Exercise", default: 0] > 0 else {
            throw Problem(
              .serviceUnavailable, kind: "not-ready", title: "Not ready",
              detail: "The database holds no exercises; import the ontology.")
          }
          return try JSONResponse.make(
            Readiness(
              status: "ready", nodes: statistics.nodes, relationships: statistics.relationships))
        }
      ])
  }

  struct Readiness: Encodable {
    let status: String
    let nodes: Int
    let relationships: Int
  }
}
