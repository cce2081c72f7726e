import ExerciseKG
import GraphModel
import TestSupport
import Testing

/// Subqueries of one hop — `EXISTS`, `COUNT` and pattern comprehensions — run straight over
/// the adjacency list (`NeighborProbe`); each must agree with the same question asked through
/// `OPTIONAL MATCH` and an aggregation, which run the ordinary operators.
@Suite struct ExistsProbeTests {
  let graph: KnowledgeGraph

  init() throws {
    graph = try KnowledgeGraph(path: ":memory:")
    try graph.execute(
      """
      CREATE (x:A {name: 'x'}), (y:A {name: 'y'}), (:A {name: 'z'}),
        (b:B {name: 'b'}), (same:B {name: 'x'}),
        (x)-[:R {w: 1}]->(b), (x)-[:R {w: 5}]->(same), (y)-[:R {w: 2}]->(b), (y)-[:S]->(x)
      """)
  }

  private func names(_ query: String) throws -> [[Value]] {
    try graph.execute(query).result.rows
  }

  /// The names of the `A` nodes `a` for which `pattern` (reaching `t`) matches with
  /// `predicate`, asked through `EXISTS`, `COUNT`, a comprehension and `OPTIONAL MATCH`.
  private func everyWay(_ pattern: String, where predicate: String) throws -> [[[Value]]] {
    let order = "RETURN a.name AS name ORDER BY name"
    return [
      try names("MATCH (a:A) WHERE EXISTS { MATCH \(pattern) WHERE \(predicate) } \(order)"),
      try names("MATCH (a:A) WHERE COUNT { MATCH \(pattern) WHERE \(predicate) } > 0 \(order)"),
      try names("MATCH (a:A) WHERE size([\(pattern) WHERE \(predicate) | t]) > 0 \(order)"),
      try names(
        """
        MATCH (a:A) OPTIONAL MATCH \(pattern) WHERE \(predicate)
        WITH a, count(t) AS n WHERE n > 0 \(order)
        """),
    ]
  }

  @Test func aPredicateOnTheFarNodeAloneFindsALaterNeighbor() throws {
    #expect(
      try everyWay("(a)-[:R]->(t)", where: "t.name = 'x'") == Array(repeating: [["x"]], count: 4))
  }

  @Test func aPredicateThatReadsTheRowSeesItsVariables() throws {
    #expect(
      try everyWay("(a)-[:R]->(t)", where: "t.name = a.name") == Array(repeating: [["x"]], count: 4)
    )
  }

  @Test func aNamedRelationshipIsBoundForThePredicate() throws {
    #expect(
      try everyWay("(a)-[r:R]->(t:B)", where: "r.w >= 2")
        == Array(repeating: [["x"], ["y"]], count: 4))
  }

  @Test func anAnonymousRelationshipsPropertiesAreChecked() throws {
    #expect(
      try everyWay("(a)-[:R {w: 5}]->(t)", where: "t.name IS NOT NULL")
        == Array(repeating: [["x"]], count: 4))
  }

  @Test func aMissingTypeMatchesNothing() throws {
    #expect(try everyWay("(a)-[:MISSING]->(t)", where: "true") == Array(repeating: [], count: 4))
  }

  @Test func aComprehensionProjectsEachMatchAndACountCountsThem() throws {
    let rows = try names(
      """
      MATCH (a:A)
      RETURN a.name AS name, [(a)-[r:R]->(t) | [r.w, t.name]] AS reached,
        COUNT { MATCH (a)-[:R|S]-(t) } AS degree
      ORDER BY name
      """)
    #expect(rows.count == 3)
    #expect(rows.map { $0[2] } == [3, 2, 0])
    let reached = rows.map { row -> Set<Value> in
      guard case .list(let pairs) = row[1] else { return [] }
      return Set(pairs)
    }
    #expect(reached == [[.list([1, "b"]), .list([5, "x"])], [.list([2, "b"])], []])
  }

  @Test func aComprehensionInTheProjectionHasTheSlotsItNeeds() throws {
    // The inner list comprehensions take slots handed out after the probe was built; the row
    // the projection runs on must have room for them.
    let rows = try names(
      """
      MATCH (a:A {name: 'x'})
      RETURN [(a)-[r:R]->(t) | [w IN [r.w] | [v IN [w, t.name] | v]]] AS nested
      """)
    let nested = try #require(rows.first?.first)
    guard case .list(let lists) = nested else {
      Issue.record("expected a list, got \(nested)")
      return
    }
    #expect(Set(lists) == [.list([.list([1, "b"])]), .list([.list([5, "x"])])])
  }

  // Membership in a list of the outer row is checked by node ID, the list read once a call.

  @Test func membershipInAListOfTheRowFindsItsNodes() throws {
    let bOfA = "[(a)-[:R]->(n) WHERE n.name = 'b' | n]"
    #expect(
      try everyWay("(a)-[:R]->(t)", where: "t IN \(bOfA)")
        == Array(repeating: [["x"], ["y"]], count: 4))
    #expect(
      try everyWay("(a)-[:R]->(t)", where: "t IN [null] + \(bOfA)")
        == Array(repeating: [["x"], ["y"]], count: 4))
    #expect(
      try everyWay("(a)-[:R]->(t)", where: "NOT t IN \(bOfA)")
        == Array(repeating: [["x"]], count: 4))
  }

  @Test func notInAListWithANullIsNeverTrue() throws {
    #expect(
      try everyWay("(a)-[:R]->(t)", where: "NOT t IN [null]") == Array(repeating: [], count: 4))
    #expect(
      try everyWay("(a)-[:R]->(t)", where: "NOT t IN null") == Array(repeating: [], count: 4))
  }

  /// A conjunct of the outer row alone is planned before the hop; the probe tests it once a
  /// call, first.
  @Test func aConjunctOfTheRowAloneDecidesForEveryNeighbor() throws {
    #expect(
      try everyWay("(a)-[:R]->(t)", where: "a.name = 'x'") == Array(repeating: [["x"]], count: 4))
    #expect(
      try everyWay("(a)-[:R]->(t)", where: "a.name <> 'y' AND t.name = 'b'")
        == Array(repeating: [["x"]], count: 4))
    #expect(try everyWay("(a)-[:R]->(t)", where: "1 = 2") == Array(repeating: [], count: 4))
    #expect(
      try everyWay("(a)-[:R]->(t)", where: "a.name = 'y' OR t.name = 'x'")
        == Array(repeating: [["x"], ["y"]], count: 4))
  }

  @Test func whatTheRowGivesIsEvaluatedOnlyWhenANeighborReachesIt() throws {
    // z has no R: its "list" is never read. x's is, and a name is not a list.
    #expect(
      try names("MATCH (a:A {name: 'z'}) RETURN EXISTS { (a)-[:R]->(t) WHERE t IN a.name } AS e")
        == [[false]])
    #expect(throws: QueryError.self) {
      try names("MATCH (a:A {name: 'x'}) RETURN EXISTS { (a)-[:R]->(t) WHERE t IN a.name } AS e")
    }
  }
}
