import ExerciseKG
import Hummingbird

/// `POST /v1/recommendations`: a `RecommendationBody` in, a `RecommendationResponse` out.
enum RecommendationRoutes {
  static func register<Context: RequestContext>(
    on endpoints: Endpoints<Context>, graph: KnowledgeGraph, configuration: ServerConfiguration
  ) {
    endpoints.add(
      "/v1/recommendations",
      [
        .post: { request, _ in
          let body = try await request.decodeJSON(
            RecommendationBody.self, limit: configuration.maximumBodyBytes)
          let response = try await offloaded { try graph.recommend(body.request) }
          return try JSONResponse.make(response)
        }
      ])
  }
}
