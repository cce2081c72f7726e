import ExerciseKG
import Foundation
import GraphGenerator
import GraphModel

/// The query benchmark at one scale: Q1–Q8 of the query-engine issue through
/// `KnowledgeGraph.execute`, in process, parameters drawn at random from the first copy of the
/// generated graph (so answers are the same size at every scale), after a warm-up.
struct QueryBenchmark {
  let scale: Int
  let samples: Int
  let path: String
  /// The one query to run, or nil for all.
  let only: String?

  /// One query of the benchmark and how to draw its parameters.
  struct Query: Sendable {
    let name: String
    let text: String
    let parameters: @Sendable (inout SplitMix64) -> [String: Value]
  }

  struct Measurement {
    let name: String
    let median: Double
    let p99: Double
    let rows: Double
  }

  func run() throws -> [Measurement] {
    try GraphLoader.load(scale: scale, path: path)
    let graph = try KnowledgeGraph(path: path)
    for (label, key) in [("Exercise", "id"), ("MuscleGroup", "name"), ("Goal", "name")] {
      try graph.createPropertyIndex(label: label, key: key)
    }
    var random = SplitMix64(seed: 11)
    return try Self.queries.filter { only == nil || $0.name == only }.map { query in
      var sampler = LatencySampler(capacity: samples)
      var rows = 0
      for round in 0..<(samples + samples / 10) {
        let parameters = query.parameters(&random)
        if round < samples / 10 {
          _ = try graph.execute(query.text, parameters: parameters)
          continue
        }
        try sampler.time {
          rows += try graph.execute(query.text, parameters: parameters).result.rows.count
        }
      }
      return Measurement(
        name: query.name, median: sampler.quantile(0.5), p99: sampler.quantile(0.99),
        rows: Double(rows) / Double(samples))
    }
  }

  static func pick(_ names: [String], _ random: inout SplitMix64) -> Value {
    .string(names[Int.random(in: 0..<names.count, using: &random)])
  }

  static let muscles = ExerciseVocabulary.regions.flatMap(\.muscles)

  static let queries: [Query] = [
    Query(name: "Q1", text: "MATCH (e:Exercise {id: $id}) RETURN e.name") { random in
      ["id": .string("ex-0-\(Int.random(in: 0..<873, using: &random))")]
    },
    Query(
      name: "Q2", text: "MATCH (e:Exercise {id: $id})-[:TARGETS]->(m:MuscleGroup) RETURN m.name"
    ) { random in ["id": .string("ex-0-\(Int.random(in: 0..<873, using: &random))")] },
    Query(
      name: "Q3",
      text: """
        MATCH (e:Exercise)-[:TARGETS]->(m:MuscleGroup {name: $m}) WHERE e.level = $level
        RETURN e.name ORDER BY e.name LIMIT 20
        """
    ) { random in
      ["m": pick(muscles, &random), "level": pick(ExerciseVocabulary.levels, &random)]
    },
    Query(
      name: "Q4",
      text: """
        MATCH (a:Exercise {id: $id})-[:TARGETS]->(m:MuscleGroup)<-[:TARGETS]-(b:Exercise)
        RETURN DISTINCT b.name LIMIT 50
        """
    ) { random in ["id": .string("ex-0-\(Int.random(in: 0..<873, using: &random))")] },
    Query(name: "Q5", text: recommendation) { random in
      [
        "goal": pick(ExerciseVocabulary.goals, &random),
        "muscles": .list([pick(muscles, &random), pick(muscles, &random)]),
        "equipment": .list([
          "body only", pick(ExerciseVocabulary.equipment, &random),
          pick(ExerciseVocabulary.equipment, &random),
        ]),
        "avoid": .list([pick(ExerciseVocabulary.conditions, &random)]),
      ]
    },
    Query(
      name: "Q6",
      text: "MATCH (m:MuscleGroup {name: $m})<-[:PART_OF*1..3]-(s:MuscleGroup) RETURN s.name"
    ) { random in
      ["m": pick(ExerciseVocabulary.regions.map(\.region) + ExerciseVocabulary.halves, &random)]
    },
    Query(
      name: "Q7",
      text:
        "MATCH (e:Exercise)-[:TARGETS]->(m:MuscleGroup) RETURN m.name, count(e) AS n ORDER BY n DESC"
    ) { _ in [:] },
    Query(name: "Q8", text: "MATCH (e:Exercise) WHERE e.name CONTAINS $kw RETURN e.name LIMIT 20") {
      random in ["kw": pick(["Squat", "Curl", "Row", "Plank", "Fly"], &random)]
    },
  ]

  /// Q5: exercises for a goal that target any of the muscles, need only the equipment at hand
  /// and are not contraindicated for what to avoid; scored by muscles matched.
  static let recommendation = """
    MATCH (m:MuscleGroup) WHERE m.name IN $muscles
    MATCH (m)<-[:TARGETS]-(e:Exercise)
    WHERE EXISTS { MATCH (e)-[:TARGETS]->(g:Goal) WHERE g.name = $goal }
      AND NOT EXISTS { MATCH (e)-[:REQUIRES]->(q:Equipment) WHERE NOT q.name IN $equipment }
      AND NOT EXISTS { MATCH (e)-[:CONTRAINDICATED]->(c) WHERE c.name IN $avoid }
    WITH e, count(m) AS score
    RETURN e.name AS name, score ORDER BY score DESC, name LIMIT 10
    """
}
