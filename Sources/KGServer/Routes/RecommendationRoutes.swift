import ExerciseKG
import Hummingbird

/// `POST /v1/recommendations`: a `RecommendationBody` in, a `RecommendationResponse` out.
enum RecommendationRoutes {
  static func register<Context: RequestContext>(
    on endpoints: Endpoints<Context>, graph: KnowledgeGraph, configuration: ServerConfiguration
  ) {
    endpoints.post(
      "/v1/recommendations", decoding: RecommendationBody.self,
      limit: configuration.maximumBodyBytes
    ) { body in
      try JSONResponse.make(try graph.recommend(body.request))
    }
  }
}
