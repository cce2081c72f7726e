import ExerciseKG

/// The JSON body of `POST /v1/recommendations`: every field optional, none unknown.
struct RecommendationBody: Decodable, Sendable {
  let request: RecommendationRequest

  enum CodingKeys: String, CodingKey, CaseIterable {
    case goal, muscles, equipment, avoid, severity, level, limit, exclude, explain, perFamily,
      perPrimaryMuscle
  }

  init(from decoder: any Decoder) throws {
    try decoder.rejectUnknownKeys(CodingKeys.self)
    let body = try decoder.container(keyedBy: CodingKeys.self)
    let defaults = RecommendationRequest()
    request = RecommendationRequest(
      goal: try body.decodeIfPresent(String.self, forKey: .goal),
      muscles: try body.decodeIfPresent([String].self, forKey: .muscles) ?? [],
      equipment: try body.decodeIfPresent([String].self, forKey: .equipment),
      avoid: try body.decodeIfPresent([String].self, forKey: .avoid) ?? [],
      severity: try body.decodeIfPresent(Int.self, forKey: .severity) ?? defaults.severity,
      level: try Self.level(in: body) ?? defaults.level,
      limit: try body.decodeIfPresent(Int.self, forKey: .limit) ?? defaults.limit,
      exclude: try body.decodeIfPresent([String].self, forKey: .exclude) ?? [],
      explain: try body.decodeIfPresent(Bool.self, forKey: .explain) ?? false,
      perFamily: try body.decodeIfPresent(Int.self, forKey: .perFamily) ?? defaults.perFamily,
      perPrimaryMuscle: try body.decodeIfPresent(Int.self, forKey: .perPrimaryMuscle)
        ?? defaults.perPrimaryMuscle)
  }

  /// `level` as a difficulty (1–3) or a level name (`"beginner"`).
  private static func level(in body: KeyedDecodingContainer<CodingKeys>) throws -> Int? {
    guard body.contains(.level) else { return nil }
    if let number = try? body.decode(Int.self, forKey: .level) { return number }
    let name = try body.decode(String.self, forKey: .level)
    guard let difficulty = RecommendationRequest.difficulty(ofLevel: name) else {
      throw DecodingError.dataCorruptedError(
        forKey: .level, in: body,
        debugDescription: "expected 1–3 or beginner, intermediate or expert")
    }
    return difficulty
  }
}
