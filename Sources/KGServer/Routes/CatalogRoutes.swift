import ExerciseKG
import Hummingbird

/// The read-only views of the catalogue: `GET /v1/exercises` (search), `GET /v1/exercises/{id}`
/// and the taxonomies `/v1/muscle-groups`, `/v1/equipment`, `/v1/goals`, `/v1/conditions`.
enum CatalogRoutes {
  static func register(on endpoints: Endpoints, graph: KnowledgeGraph) {
    let graphWork = endpoints.graphWork
    endpoints.add(
      "/v1/exercises",
      [
        .get: { request, _ in
          let search = try ExerciseSearchParameters.search(from: request.uri.queryParameters)
          return try JSONResponse.make(
            try await graphWork.run("search") { try graph.searchExercises(search) })
        }
      ])
    endpoints.add(
      "/v1/exercises/{id}",
      [
        .get: { request, context in
          let id = try context.parameters.require("id")
          guard let exercise = try await graphWork.run("exercise", { try graph.exercise(id: id) })
          else {
            throw Problem(
              .notFound, kind: "not-found", title: "Not found", detail: "No exercise '\(id)'.")
          }
          return try JSONResponse.make(exercise)
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
            try JSONResponse.make([
              "items": try await graphWork.run("taxonomy") { try graph.terms(of: taxonomy) }
            ])
          }
        ])
    }
  }
}
