import ExerciseKG
import GraphModel
import Testing

/// A query planned for its parameters (conditions on them answered, a guarded OPTIONAL MATCH
/// made a MATCH started from the bound node) finds what the same query planned for any
/// parameters finds — whichever parameters came first and left their plan in the cache.
@Suite struct ParameterPlanResultTests {
  /// Exercises targeting goals with weights, one targeting nothing, and a goal nothing targets.
  func graph() throws -> KnowledgeGraph {
    let graph = try KnowledgeGraph(path: ":memory:")
    try graph.execute(
      """
      CREATE (s:Goal {name: 'Strength'}), (m:Goal {name: 'Mobility'}), (:Goal {name: 'Power'}),
        (a:Exercise {name: 'a', level: 1})-[:TARGETS {weight: 0.9}]->(s),
        (b:Exercise {name: 'b', level: 2})-[:TARGETS {weight: 0.5}]->(s),
        (b)-[:TARGETS {weight: 0.4}]->(m),
        (c:Exercise {name: 'c', level: 3})-[:TARGETS {weight: 0.7}]->(m),
        (:Exercise {name: 'd', level: 1})
      """)
    return graph
  }

  static let query = """
    OPTIONAL MATCH (g:Goal {name: $goal})
    MATCH (e:Exercise)
      WHERE e.level <= $level AND (size($names) = 0 OR e.name IN $names) AND NOT e.name IN $skip
    OPTIONAL MATCH (e)-[r:TARGETS]->(g)
    WITH e, r WHERE $goal IS NULL OR r IS NOT NULL
    RETURN e.name AS name, r.weight AS weight, $all OR e.level = 1 AS easy
    ORDER BY name, weight
    """

  /// The same query with each condition hidden from the planner behind `coalesce`.
  static let hidden = query.replacingOccurrences(
    of: "$goal IS NULL", with: "coalesce($goal) IS NULL"
  )
  .replacingOccurrences(of: "size($names)", with: "size(coalesce($names))")
  .replacingOccurrences(of: "$all OR", with: "coalesce($all) OR")
  .replacingOccurrences(of: "IN $skip", with: "IN coalesce($skip)")

  @Test func everyParameterShapeFindsWhatTheUnplannedQueryFinds() throws {
    let graph = try graph()
    let shapes: [[String: Value]] = [
      ["goal": "Strength", "level": 3, "names": [], "all": false, "skip": []],
      ["goal": nil, "level": 3, "names": [], "all": true, "skip": ["a"]],
      ["goal": "Mobility", "level": 2, "names": ["b", "c", "d"], "all": false, "skip": ["c"]],
      ["goal": "Power", "level": 3, "names": [], "all": false, "skip": []],
      ["goal": nil, "level": 1, "names": ["a", "d"], "all": false, "skip": []],
      ["goal": "Nowhere", "level": 3, "names": [], "all": true, "skip": []],
      ["goal": "Strength", "level": 3, "names": [], "all": false, "skip": []],
    ]
    // Twice round, so each shape meets the plans the others left in the cache.
    for parameters in shapes + shapes {
      let expected = try graph.execute(Self.hidden, parameters: parameters).result.rows
      let found = try graph.execute(Self.query, parameters: parameters).result.rows
      #expect(found == expected, "\(parameters)")
    }
    let strength = try graph.execute(Self.query, parameters: shapes[0]).result.rows
    #expect(strength.map { $0[0] } == ["a", "b"])
    #expect(try graph.execute(Self.query, parameters: shapes[3]).result.rows.isEmpty)
  }

  @Test func eachShapeGetsItsOwnPlan() throws {
    let graph = try graph()
    let withGoal = try graph.execute(
      "EXPLAIN " + Self.query,
      parameters: ["goal": "Strength", "level": 3, "names": [], "all": false, "skip": []]
    ).plan
    let withoutGoal = try graph.execute(
      "EXPLAIN " + Self.query,
      parameters: ["goal": nil, "level": 3, "names": [], "all": false, "skip": []]
    ).plan
    #expect(
      withGoal?.contains("Expand((g)<-[r:TARGETS]-(e:Exercise))") == true, "\(withGoal ?? "")")
    #expect(withoutGoal?.contains("OptionalExpandInto") == true, "\(withoutGoal ?? "")")
  }
}
