import ExerciseKG
import Hummingbird

/// The read-only views of the catalogue: `GET /v1/exercises` (search), `GET /v1/exercises/{id}`
/// and the taxonomies `/v1/muscle-groups`, `/v1/equipment`, `/v1/goals`, `/v1/conditions`.
enum CatalogRoutes {
  static func register(on endpoints: Endpoints, graph: KnowledgeGraph) {
    let (graphWork, answers) = (endpoints.graphWork, endpoints.answers)
    endpoints.add(
      "/v1/exercises",
      [
        .get: { request, _ in
          let search = try ExerciseSearchParameters.search(from: request.uri.queryParameters)
          return try await answers.respond(to: .search(search), as: "search") {
            try graph.searchExercises(search)
          }
        }
      ])
    endpoints.add(
      "/v1/exercises/{id}",
      [
        .get: { _, context in
          let id = try context.parameters.require("id")
          return try await answers.respond(to: .exercise(id: id), as: "exercise") {
            guard let exercise = try graph.exercise(id: id) else {
              throw Problem(
                .notFound, kind: "not-found", title: "Not found", detail: "No exercise '\(id)'.")
            }
            return exercise
          }
        }
      ])
    let taxonomies: [(RouterPath, Taxonomy)] = [
      ("/v1/muscle-groups", .muscleGroups), ("/v1/equipment", .equipment), ("/v1/goals", .goals),
      ("/v1/conditions", .conditions),
    ]
    for (path, taxonomy) in taxonomies {
      endpoints.add(
        path,
        [
          .get: { _, _ in
            let items = try await graphWork.run("taxonomy") { try graph.terms(of: taxonomy) }
            return TaggedJSON(try JSONResponse.encode(["items": items])).response
          }
        ])
    }
  }
}
