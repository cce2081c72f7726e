import ExerciseKG
import GraphModel
import TestSupport
import Testing

/// Counting a one-hop expand per node (`CountExpand`) gives exactly what counting its rows
/// gives: each query here runs once as written (rewritten) and once with a `WITH` between the
/// MATCH and the count, which keeps the rows.
@Suite struct DegreeCountingTests {
  let graph: KnowledgeGraph

  init() throws {
    graph = try KnowledgeGraph(path: ":memory:")
    try graph.execute(
      """
      CREATE (x:A {name: 'x'}), (y:A {name: 'y'}), (:A {name: 'z'}), (b:B {name: 'b'}),
        (c:C {name: 'c'}),
        (x)-[:R]->(b), (x)-[:R]->(b), (x)-[:R]->(c), (x)-[:R]->(y), (y)-[:S]->(x), (y)-[:R]->(y)
      """)
  }

  /// The rows of `match` + `returning`, checking that the count was read per node, and the
  /// rows with the expand's rows kept and counted one by one.
  private func bothWays(_ match: String, keeping kept: String, _ returning: String) throws
    -> (counted: [[Value]], rowByRow: [[Value]])
  {
    let plan = try graph.execute("EXPLAIN \(match) \(returning)").plan ?? ""
    #expect(plan.contains("CountExpand"), "\(plan)")
    let counted = try graph.execute("\(match) \(returning)").result.rows
    let rowByRow = try graph.execute("\(match) WITH \(kept) \(returning)").result.rows
    return (counted, rowByRow)
  }

  @Test func countsPerNodeMatchRowByRowCountsWithTheFarLabelsChecked() throws {
    let (counted, rowByRow) = try bothWays(
      "MATCH (a:A)-[r:R]->(t) WHERE t:B", keeping: "a, r, t",
      "RETURN a.name AS k, count(t) AS n, count(*) AS all, count(r) AS rs ORDER BY k")
    #expect(counted == [["x", 2, 2, 2]])
    #expect(counted == rowByRow)
  }

  @Test func undirectedStepsOfSeveralTypesCountASelfLoopOnce() throws {
    let (counted, rowByRow) = try bothWays(
      "MATCH (a:A)-[r:R|S]-(t)", keeping: "a, r, t",
      "RETURN a.name AS k, count(r) AS n ORDER BY k")
    #expect(counted == [["x", 5], ["y", 3]])
    #expect(counted == rowByRow)
  }

  @Test func aCountWithoutKeysIsZeroWhenNothingMatches() throws {
    let (counted, rowByRow) = try bothWays(
      "MATCH (a:A)-[:NONE]->(t)", keeping: "a, t", "RETURN count(*) AS n")
    #expect(counted == [[0]])
    #expect(counted == rowByRow)
    let (total, totalRowByRow) = try bothWays(
      "MATCH (a:A)-[:R]->(t)", keeping: "a, t", "RETURN count(a) AS n")
    #expect(total == [[5]])
    #expect(total == totalRowByRow)
  }

  @Test func countsThatNeedTheRowsKeepThem() throws {
    for query in [
      "MATCH (a:A)-[:R]->(t) RETURN a.name, count(DISTINCT t)",
      "MATCH (a:A)-[:R]->(t) RETURN t.name, count(a)",
      "MATCH (a:A)-[:R]->(t) RETURN a.name, count(t.name)",
      "MATCH (a:A)-[:R]->(t) RETURN a.name, collect(t.name)",
    ] {
      let plan = try graph.execute("EXPLAIN \(query)").plan ?? ""
      #expect(!plan.contains("CountExpand"), "\(query)")
    }
  }
}
