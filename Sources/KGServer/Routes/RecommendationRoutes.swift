import ExerciseKG
import Hummingbird

/// `POST /v1/recommendations`: a `RecommendationBody` in, a `RecommendationResponse` out.
enum RecommendationRoutes {
  static func register(on endpoints: Endpoints, graph: KnowledgeGraph) {
    endpoints.postReading(
      "/v1/recommendations", decoding: RecommendationBody.self, operation: "recommend"
    ) { body, _ in
      try JSONResponse.make(try graph.recommend(body.request))
    }
  }
}
