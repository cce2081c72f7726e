import GraphModel

extension KnowledgeGraph {
  /// Exercises for a person, best first, each with the graph facts that justify it.
  ///
  /// The candidates and their scores come from the saved query `recommend`
  /// (`queries/recommend.cypher`, which documents the scoring); this method resolves the
  /// request's names, then keeps the list varied (`perFamily`, `perPrimaryMuscle`) and cuts it
  /// to `limit`.
  ///
  /// - Throws: `RecommendationError` for unknown names or out-of-range values, `QueryError` or
  ///   `CatalogError` when the saved queries fail.
  public func recommend(_ request: RecommendationRequest) throws -> RecommendationResponse {
    try RangeCheck.require(
      ("level", request.level, 1...3), ("severity", request.severity, 1...3),
      ("limit", request.limit, 1...100), ("perFamily", request.perFamily, 1...100),
      ("perPrimaryMuscle", request.perPrimaryMuscle, 1...100))
    let vocabulary = try self.vocabulary()
    var unknown: [UnknownName] = []
    let goal = vocabulary.resolve(request.goal, field: "goal", kinds: ["Goal"], unknown: &unknown)
    let muscles = vocabulary.resolve(
      request.muscles, field: "muscles", kinds: ["MuscleGroup"], unknown: &unknown)
    let equipment = request.equipment.map {
      vocabulary.resolve($0, field: "equipment", kinds: ["Equipment"], unknown: &unknown)
    }
    let avoid = vocabulary.resolve(
      request.avoid, field: "avoid", kinds: ["Condition", "MuscleGroup"], unknown: &unknown)
    guard unknown.isEmpty else { throw RecommendationError.unknownNames(unknown) }

    let parameters: [String: Value] = [
      "goal": goal.map(Value.string) ?? .null,
      "muscles": .list(muscles.map(Value.string)),
      "equipment": equipment.map { .list($0.map(Value.string)) } ?? .null,
      "avoid": .list(avoid.map(Value.string)),
      "severity": .integer(Int64(request.severity)),
      "level": .integer(Int64(request.level)),
      "exclude": .list(request.exclude.map(Value.string)),
      "explain": .boolean(request.explain),
    ]
    let result = try execute(try queries.query("recommend").text, parameters: parameters).result
    let candidates = ResultRow.rows(of: result).map(Candidate.init)
    let chosen = DiversityFilter(
      perFamily: request.perFamily, perPrimaryMuscle: request.perPrimaryMuscle
    ).select(candidates.filter(\.isEligible), limit: request.limit)
    let excluded = candidates.lazy.filter { !$0.isEligible }.prefix(request.limit).map {
      ExcludedCandidate(exercise: $0.exercise, score: $0.score, reasons: $0.reasons)
    }
    return RecommendationResponse(
      results: chosen.map {
        Recommendation(exercise: $0.exercise, score: $0.score, explanation: $0.explanation)
      },
      excluded: request.explain ? Array(excluded) : nil)
  }

  /// The names a request may use, read through the saved query `vocabulary`.
  func vocabulary() throws -> Vocabulary {
    let result = try execute(try queries.query("vocabulary").text).result
    return Vocabulary(
      terms: ResultRow.rows(of: result).map {
        Vocabulary.Term(
          kind: $0.string("kind"), name: $0.string("name"), iri: $0["iri"].stringValue)
      })
  }
}
