import GraphModel

extension KnowledgeGraph {
  /// Exercises for a person, best first, each with the graph facts that justify it.
  ///
  /// The candidates and their scores come from the saved query `recommend`
  /// (`queries/recommend.cypher`, which documents the scoring); this method resolves the
  /// request's names, then keeps the list varied (`perFamily`, `perPrimaryMuscle`), cuts it to
  /// `limit` and explains the chosen through `recommend-explanation` — all on one snapshot.
  ///
  /// - Throws: `RecommendationError` for unknown names or out-of-range values, `QueryError` or
  ///   `CatalogError` when the saved queries fail.
  public func recommend(_ request: RecommendationRequest) throws -> RecommendationResponse {
    try RangeCheck.require(
      ("level", request.level, 1...3), ("severity", request.severity, 1...3),
      ("limit", request.limit, 1...100), ("perFamily", request.perFamily, 1...100),
      ("perPrimaryMuscle", request.perPrimaryMuscle, 1...100))
    return try readingSavedQueries { reader in
      let vocabulary = try Vocabulary(reader)
      var unknown: [UnknownName] = []
      let goal = vocabulary.resolve(
        request.goal, field: "goal", kinds: ["Goal"], unknown: &unknown)
      let muscles = vocabulary.resolve(
        request.muscles, field: "muscles", kinds: ["MuscleGroup"], unknown: &unknown)
      let equipment = request.equipment.map {
        vocabulary.resolve($0, field: "equipment", kinds: ["Equipment"], unknown: &unknown)
      }
      let avoid = vocabulary.resolve(
        request.avoid, field: "avoid", kinds: ["Condition", "MuscleGroup"], unknown: &unknown)
      guard unknown.isEmpty else { throw RecommendationError.unknownNames(unknown) }

      var parameters: [String: Value] = [
        "goal": goal.map(Value.string) ?? .null,
        "muscles": .list(muscles.map(Value.string)),
        "equipment": equipment.map { .list($0.map(Value.string)) } ?? .null,
        "avoid": .list(avoid.map(Value.string)),
        "severity": .integer(Int64(request.severity)),
        "level": .integer(Int64(request.level)),
        "exclude": .list(request.exclude.map(Value.string)),
        "explain": .boolean(request.explain),
      ]
      let (chosen, excluded) = try choose(request, reader: reader, parameters: parameters)

      parameters["ids"] = .list(chosen.map { .string($0.exercise.id) })
      let explanations = Dictionary(
        try reader.rows(of: "recommend-explanation", parameters: parameters).map {
          ($0.string("id"), $0)
        }, uniquingKeysWith: { first, _ in first })
      return RecommendationResponse(
        results: chosen.compactMap { candidate in
          explanations[candidate.exercise.id].map {
            Recommendation(
              exercise: candidate.exercise, score: candidate.score,
              explanation: Explanation($0, exercise: candidate.exercise))
          }
        },
        excluded: request.explain
          ? excluded.map {
            ExcludedCandidate(exercise: $0.exercise, score: $0.score, reasons: $0.reasons)
          } : nil)
    }
  }

  /// Reads `recommend`'s candidates best first, keeping the list varied, until it is full (and,
  /// with `explain`, so is the list of excluded candidates): those chosen, and the best excluded
  /// (only `explain` brings any).
  ///
  /// Diversity usually fills the list from the first few dozen candidates; the query ranks them
  /// all but describes only those read.
  private func choose(
    _ request: RecommendationRequest, reader: SavedQueryReader, parameters: [String: Value]
  ) throws -> (chosen: [Candidate], excluded: [Candidate]) {
    var diversity = DiversityFilter(
      perFamily: request.perFamily, perPrimaryMuscle: request.perPrimaryMuscle)
    var chosen: [Candidate] = []
    var excluded: [Candidate] = []
    try reader.forEachRow(of: "recommend", parameters: parameters) { row in
      let candidate = Candidate(row)
      if !candidate.isEligible {
        if excluded.count < request.limit { excluded.append(candidate) }
      } else if chosen.count < request.limit, diversity.admits(candidate) {
        chosen.append(candidate)
      }
      return chosen.count < request.limit || (request.explain && excluded.count < request.limit)
    }
    return (chosen, excluded)
  }
}
