import ExerciseKG
import GraphModel
import TestSupport
import Testing

/// `KnowledgeGraph.recommend` over the curated ontology, checked against what its data says.
@Suite struct RecommendationTests {
  func recommend(_ request: RecommendationRequest) throws -> RecommendationResponse {
    try CuratedGraph.graph().recommend(request)
  }

  /// Facts about one exercise, read straight from the graph.
  func facts(_ id: String) throws -> (equipment: [String], conditions: [String], family: String?) {
    let graph = try CuratedGraph.graph()
    let rows = try graph.execute(
      """
      MATCH (e:Exercise {id: $id})
      RETURN [(e)-[:REQUIRES]->(q) | q.name], [(e)-[c:CONTRAINDICATED]->(x) | x.name],
        head([(e)-[:VARIANT_OF]->(r) | r.id])
      """, parameters: ["id": .string(id)]
    ).result.rows
    let row = try #require(rows.first)
    return (
      row[0].listValue?.compactMap(\.stringValue) ?? [],
      row[1].listValue?.compactMap(\.stringValue) ?? [], row[2].stringValue
    )
  }

  @Test func aKneePainUserWithOnlyDumbbellsGetsNoBarbellAndNoJump() throws {
    let response = try recommend(
      RecommendationRequest(
        goal: "Strength", muscles: ["legs"], equipment: ["dumbbell"], avoid: ["knee pain"],
        limit: 20))
    #expect(response.results.count >= 5)
    for result in response.results {
      #expect(result.exercise.equipment.allSatisfy { $0 == "dumbbell" }, "\(result.exercise)")
      #expect(!result.exercise.name.lowercased().contains("jump"))
      #expect(!result.exercise.name.lowercased().contains("barbell"))
      let facts = try facts(result.exercise.id)
      #expect(!facts.conditions.contains("knee pain") || !result.explanation.cautions.isEmpty)
    }
  }

  @Test func everyResultTargetsARequestedMuscleAndExplainsIt() throws {
    let legs: Set = [
      "legs", "quadriceps", "hamstrings", "glutes", "calves", "adductors", "abductors",
    ]
    let response = try recommend(RecommendationRequest(goal: "Hypertrophy", muscles: ["Legs"]))
    #expect(response.results.count == 10)
    #expect(response.excluded == nil)
    for result in response.results {
      #expect(!result.explanation.muscles.isEmpty)
      #expect(result.explanation.muscles.allSatisfy { legs.contains($0.muscle) })
      #expect(result.explanation.goal?.name == "Hypertrophy")
      #expect(
        result.explanation.paths.allSatisfy { $0.hasPrefix(result.exercise.name + " -TARGETS-> ") })
      #expect(result.explanation.paths.contains { $0.hasSuffix("-PART_OF-> legs") })
      // Each leg muscle is PART_OF legs directly: its path is one hop up.
      for match in result.explanation.muscles {
        let path = "\(result.exercise.name) -TARGETS-> \(match.muscle) -PART_OF-> legs"
        #expect(result.explanation.paths.contains(path), "\(path)")
      }
    }
  }

  @Test func pathsClimbEveryPartOfToEachRequestedRegion() throws {
    // Leg muscles are PART_OF legs, which is PART_OF lower body: two hops up.
    for result in try recommend(RecommendationRequest(muscles: ["lower body"])).results {
      for match in result.explanation.muscles where match.muscle != "legs" {
        let path =
          "\(result.exercise.name) -TARGETS-> \(match.muscle) -PART_OF-> legs -PART_OF-> lower body"
        #expect(result.explanation.paths.contains(path), "\(path)")
      }
    }
    // Lower back is PART_OF both back and core: one path to each.
    let results = try recommend(RecommendationRequest(muscles: ["back", "core"], limit: 30))
      .results.filter { $0.explanation.muscles.contains { $0.muscle == "lower back" } }
    #expect(!results.isEmpty)
    for result in results {
      let muscle = "\(result.exercise.name) -TARGETS-> lower back"
      #expect(result.explanation.paths.contains("\(muscle) -PART_OF-> back"))
      #expect(result.explanation.paths.contains("\(muscle) -PART_OF-> core"))
    }
  }

  @Test func scoresFollowTheDocumentedFormulaAndComeBestFirst() throws {
    let response = try recommend(
      RecommendationRequest(goal: "Strength", muscles: ["chest"], level: 2))
    for result in response.results {
      let muscles = result.explanation.muscles
      let primary = Double(muscles.filter { $0.role == "primary" }.count)
      let secondary = Double(muscles.count) - primary
      let goal: Double = 3 * (result.explanation.goal?.weight ?? 0)
      let level: Double = 1 - 0.5 * Double(2 - result.exercise.difficulty)
      let expected = 2 * primary + secondary + goal + level
      #expect(abs(result.score - expected) < 0.011, "\(result.exercise.name)")
      #expect(result.exercise.difficulty <= 2)
    }
    #expect(response.results.map(\.score) == response.results.map(\.score).sorted(by: >))
  }

  @Test func noMoreThanTheCapFromOneFamilyOrOnePrimaryMuscle() throws {
    let response = try recommend(
      RecommendationRequest(muscles: ["chest"], limit: 30, perFamily: 1, perPrimaryMuscle: 30))
    var families: [String] = []
    for result in response.results {
      let family = try facts(result.exercise.id).family ?? result.exercise.id
      families.append(family)
    }
    #expect(Set(families).count == families.count)

    let capped = try recommend(
      RecommendationRequest(muscles: ["upper body"], limit: 30, perPrimaryMuscle: 2))
    var perMuscle: [String: Int] = [:]
    for result in capped.results {
      for muscle in result.exercise.primaryMuscles { perMuscle[muscle, default: 0] += 1 }
    }
    #expect(perMuscle.values.allSatisfy { $0 <= 2 })
    #expect(perMuscle.count >= 4)
  }

  @Test func explainListsEveryExcludedCandidateHoweverFarDownItRanks() throws {
    // Few triceps exercises are contraindicated for knee pain, some of them ranked far below
    // the candidates read first: explain still lists all of them.
    let response = try recommend(
      RecommendationRequest(muscles: ["triceps"], avoid: ["knee pain"], explain: true))
    let contraindicated = try CuratedGraph.graph().execute(
      """
      MATCH (e:Exercise)-[:TARGETS]->(:MuscleGroup {name: 'triceps'}),
        (e)-[c:CONTRAINDICATED]->(:Condition {name: 'knee pain'})
      WHERE c.severity >= 2
      RETURN DISTINCT e.id
      """
    ).result.rows.compactMap { $0[0].stringValue }
    #expect(contraindicated.count > 3 && contraindicated.count < 10)
    #expect(Set(try #require(response.excluded).map(\.exercise.id)) == Set(contraindicated))
  }

  @Test func explainListsTheStrongestExcludedCandidatesWithReasons() throws {
    let response = try recommend(
      RecommendationRequest(
        goal: "Strength", muscles: ["quadriceps"], equipment: [], avoid: ["knee pain"],
        explain: true))
    let excluded = try #require(response.excluded)
    #expect(!excluded.isEmpty)
    #expect(response.results.allSatisfy { $0.exercise.equipment.isEmpty })
    for candidate in excluded {
      #expect(!candidate.reasons.isEmpty)
      let facts = try facts(candidate.exercise.id)
      for reason in candidate.reasons {
        if reason.hasPrefix("requires ") {
          #expect(facts.equipment.contains(String(reason.dropFirst("requires ".count))))
        } else {
          #expect(reason.hasPrefix("contraindicated for knee pain"))
        }
      }
    }
    #expect(excluded.contains { $0.reasons.contains("requires barbell") })
  }

  @Test func anInjuredMuscleExcludesExercisesThatWorkItMost() throws {
    let response = try recommend(
      RecommendationRequest(muscles: ["back"], avoid: ["lower back"], limit: 50, explain: true))
    #expect(response.results.allSatisfy { !$0.exercise.primaryMuscles.contains("lower back") })
    #expect(
      try #require(response.excluded).contains { $0.reasons.contains("targets injured lower back") }
    )
  }

  @Test func excludedIdsAndTheLevelAreRespectedAndTiesAreStable() throws {
    let first = try recommend(RecommendationRequest(goal: "Power", level: 1))
    let again = try recommend(RecommendationRequest(goal: "Power", level: 1))
    #expect(first == again)
    #expect(first.results.allSatisfy { $0.exercise.level == "beginner" })
    let skipped = Set(first.results.prefix(3).map(\.exercise.id))
    let next = try recommend(
      RecommendationRequest(goal: "Power", level: 1, exclude: Array(skipped)))
    #expect(next.results.allSatisfy { !skipped.contains($0.exercise.id) })
  }

  @Test func unknownNamesAreReportedWithCloseMatches() throws {
    #expect(
      throws: RecommendationError.unknownNames([
        UnknownName(field: "goal", name: "Strenght", suggestions: ["Strength"]),
        UnknownName(field: "muscles", name: "quads", suggestions: ["quadriceps"]),
        UnknownName(field: "equipment", name: "dumbell", suggestions: ["dumbbell"]),
      ])
    ) {
      try recommend(
        RecommendationRequest(goal: "Strenght", muscles: ["quads"], equipment: ["dumbell"]))
    }
    #expect(
      throws: RecommendationError.invalidArgument(
        field: "level", reason: "7 is out of range: 1 to 3")
    ) {
      try recommend(RecommendationRequest(level: 7))
    }
  }

  @Test func namesMatchWithoutCaseAndByIRI() throws {
    let byName = try recommend(RecommendationRequest(goal: "strength", muscles: ["BICEPS"]))
    let byIRI = try recommend(
      RecommendationRequest(
        goal: "https://kg.dev/ontology/exercises#goal_Strength", muscles: ["biceps"]))
    #expect(byName == byIRI)
    #expect(!byName.results.isEmpty)
  }

  @Test func aGoalAddedAfterARequestIsKnownToTheNext() throws {
    // The names a request may use are kept per version of the graph: a write must renew them.
    let directory = try TemporaryDirectory()
    let graph = try KnowledgeGraph(path: directory.path("kg.sqlite"))
    try graph.execute(
      """
      CREATE (:Exercise {id: 'Plank', name: 'Plank', level: 'beginner', difficulty: 1})
        -[:TARGETS {weight: 1.0}]->(:Goal {name: 'Strength'})
      """)
    let balance = RecommendationRequest(goal: "Balance")
    #expect(throws: RecommendationError.self) { try graph.recommend(balance) }
    try graph.execute("CREATE (:Goal {name: 'Balance'})")
    #expect(try graph.recommend(balance).results.isEmpty)
    #expect(try graph.recommend(RecommendationRequest(goal: "Strength")).results.count == 1)
  }
}
