import ExerciseKG
import GraphModel
import TestSupport
import Testing

/// `EXISTS` of one hop is answered from the adjacency list (`NeighborProbe`); each query here
/// must agree with the same question asked as `COUNT { … } > 0`, which runs the nested plan.
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

  /// The names of the `A` nodes for which `condition` (over `a`) holds, each way.
  private func bothWays(_ pattern: String, where predicate: String) throws
    -> (probed: [[Value]], counted: [[Value]])
  {
    let probed = try graph.execute(
      """
      OPTIONAL MATCH (a:A) WHERE EXISTS { MATCH \(pattern) WHERE \(predicate) }
      RETURN a.name AS name ORDER BY name
      """
    ).result.rows
    let counted = try graph.execute(
      """
      OPTIONAL MATCH (a:A) WHERE COUNT { MATCH \(pattern) WHERE \(predicate) } > 0
      RETURN a.name AS name ORDER BY name
      """
    ).result.rows
    return (probed, counted)
  }

  @Test func aPredicateOnTheFarNodeAloneFindsALaterNeighbor() throws {
    let (probed, counted) = try bothWays("(a)-[:R]->(t)", where: "t.name = 'x'")
    #expect(probed == [["x"]])
    #expect(probed == counted)
  }

  @Test func aPredicateThatReadsTheRowSeesItsVariables() throws {
    let (probed, counted) = try bothWays("(a)-[:R]->(t)", where: "t.name = a.name")
    #expect(probed == [["x"]])
    #expect(probed == counted)
  }

  @Test func aNamedRelationshipIsBoundForThePredicate() throws {
    let (probed, counted) = try bothWays("(a)-[r:R]->(t:B)", where: "r.w >= 2")
    #expect(probed == [["x"], ["y"]])
    #expect(probed == counted)
  }

  @Test func anAnonymousRelationshipsPropertiesAreChecked() throws {
    let (probed, counted) = try bothWays("(a)-[:R {w: 5}]->(t)", where: "t:B")
    #expect(probed == [["x"]])
    #expect(probed == counted)
  }

  @Test func aMissingTypeMatchesNothing() throws {
    let (probed, counted) = try bothWays("(a)-[:MISSING]->(t)", where: "true")
    #expect(probed == [[.null]])
    #expect(probed == counted)
  }
}
