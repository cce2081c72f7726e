/// The answer to a `RecommendationRequest`: the chosen exercises, best first, and — when the
/// request asked for an explanation — the strongest candidates left out and why.
public struct RecommendationResponse: Sendable, Hashable, Codable {
  public let results: [Recommendation]
  /// Present only when the request set `explain`.
  public let excluded: [ExcludedCandidate]?
}

/// One recommended exercise with its score and the reasons for it.
public struct Recommendation: Sendable, Hashable, Codable {
  public let exercise: ExerciseSummary
  public let score: Double
  public let explanation: Explanation
}

/// What a person needs to know of an exercise to pick it.
public struct ExerciseSummary: Sendable, Hashable, Codable {
  public let id: String
  public let name: String
  public let level: String
  public let difficulty: Int
  public let equipment: [String]
  public let primaryMuscles: [String]
}

/// Why an exercise was recommended: the graph facts its score came from.
public struct Explanation: Sendable, Hashable, Codable {
  /// The requested muscles it targets, with the role of each (`primary`, `secondary`).
  public let muscles: [MuscleMatch]
  /// The goal it serves, with the weight of its TARGETS edge.
  public let goal: GoalMatch?
  /// The equipment it needs (all of it at hand).
  public let equipment: [String]
  /// The graph paths from the exercise to each requested muscle or region, as text:
  /// `Barbell Squat -TARGETS-> quadriceps -PART_OF-> legs`.
  public let paths: [String]
  /// Contraindications milder than the request's severity: keep in mind, not excluded.
  public let cautions: [Contraindication]
}

public struct MuscleMatch: Sendable, Hashable, Codable {
  public let muscle: String
  public let role: String
}

public struct GoalMatch: Sendable, Hashable, Codable {
  public let name: String
  public let weight: Double
}

/// A CONTRAINDICATED edge: the condition (or muscle group), how strongly, and why.
public struct Contraindication: Sendable, Hashable, Codable {
  public let condition: String
  public let severity: Int
  public let reason: String
}

/// A candidate that would have scored well but was left out, and why.
public struct ExcludedCandidate: Sendable, Hashable, Codable {
  public let exercise: ExerciseSummary
  public let score: Double
  /// The reasons as sentences: "contraindicated for knee pain (severity 3): …",
  /// "requires barbell", "targets injured lats".
  public let reasons: [String]
}
