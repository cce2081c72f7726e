import ExerciseKG
import Hummingbird

/// `GET /healthz` (the process answers) and `GET /readyz` (the database is open and holds the
/// exercise ontology).
enum HealthRoutes {
  static func register(on endpoints: Endpoints, graph: KnowledgeGraph) {
    let graphWork = endpoints.graphWork
    endpoints.add(
      "/healthz", access: .open, [.get: { _, _ in try JSONResponse.make(["status": "up"]) }])
    endpoints.add(
      "/readyz", access: .open,
      [
        .get: { _, _ in
          let statistics = try await graphWork.run("statistics") { try graph.statistics() }
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
