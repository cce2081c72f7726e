import ExerciseKG
import Hummingbird

/// `POST /v1/recommendations`: a `RecommendationBody` in, a `RecommendationResponse` out.
enum RecommendationRoutes {
  static func register(on endpoints: Endpoints, graph: KnowledgeGraph) {
    let answers = endpoints.answers
    endpoints.postReading("/v1/recommendations", decoding: RecommendationBody.self) { body, _ in
      let request = body.request
      return try await answers.respond(to: .recommendation(request), as: "recommend") {
        try graph.recommend(request)
      }
    }
  }
}
