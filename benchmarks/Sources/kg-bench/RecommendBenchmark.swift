import ExerciseKG
import Foundation

/// The recommendation benchmark: `KnowledgeGraph.recommend` in process on the curated ontology,
/// for the requests an app sends most — the HTTP benchmark's request with every filter, one
/// with only a goal, one with only muscles, and the same first request with `explain`.
struct RecommendBenchmark {
  let samples: Int
  let path: String
  /// The name of the one request to run, or nil for all.
  let only: String?

  struct Measurement {
    let name: String
    let median: Double
    let p99: Double
    let results: Int
  }

  static let requests: [(name: String, request: RecommendationRequest)] = [
    (
      "every filter",
      RecommendationRequest(
        goal: "Strength", muscles: ["legs"], equipment: ["dumbbell", "barbell"],
        avoid: ["knee pain"], level: 2)
    ),
    ("goal only", RecommendationRequest(goal: "Strength")),
    ("muscles only", RecommendationRequest(muscles: ["chest", "shoulders"])),
    (
      "every filter, explain",
      RecommendationRequest(
        goal: "Strength", muscles: ["legs"], equipment: ["dumbbell", "barbell"],
        avoid: ["knee pain"], level: 2, explain: true)
    ),
  ]

  func run() throws -> [Measurement] {
    let graph = try GraphLoader.curated(path: path)
    try graph.prepareForServing()
    return try Self.requests.filter { only == nil || $0.name == only }.map { name, request in
      var sampler = LatencySampler(capacity: samples)
      var results = 0
      for round in 0..<(samples + samples / 10) {
        if round < samples / 10 {
          _ = try graph.recommend(request)
          continue
        }
        try sampler.time { results = try graph.recommend(request).results.count }
      }
      return Measurement(
        name: name, median: sampler.quantile(0.5), p99: sampler.quantile(0.99), results: results)
    }
  }
}
