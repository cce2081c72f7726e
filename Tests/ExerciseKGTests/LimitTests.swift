import CypherRuntime
import ExerciseKG
import Foundation
import GraphModel
import TestSupport
import Testing

/// Queries stop, with a clear error and nothing left behind, when they exceed their limits.
@Suite struct LimitTests {
  let directory = try! TemporaryDirectory()

  func expectLimit(
    _ detail: String, _ query: String, limits: QueryLimits, cancellation: CancellationFlag? = nil
  ) throws {
    let graph = try KnowledgeGraph(path: directory.path("kg.sqlite"))
    #expect {
      try graph.execute(query, options: QueryOptions(limits: limits, cancellation: cancellation))
    } throws: { error in
      let error = error as? QueryError
      return error?.type == "LimitExceeded" && error?.detail == detail
    }
  }

  @Test func tooManyRows() throws {
    var limits = QueryLimits.interactive
    limits.maximumRows = 10
    try expectLimit("RowLimit", "UNWIND range(1, 11) AS i RETURN i", limits: limits)
  }

  @Test func tooLong() throws {
    var limits = QueryLimits.interactive
    limits.timeout = 0.05
    try expectLimit(
      "Timeout", "UNWIND range(1, 3000) AS a UNWIND range(1, 3000) AS b RETURN count(*)",
      limits: limits)
  }

  @Test func tooDeep() throws {
    let graph = try KnowledgeGraph(path: directory.path("kg.sqlite"))
    try graph.execute("UNWIND range(1, 30) AS i CREATE (:Step {i: i})")
    try graph.execute("MATCH (a:Step), (b:Step) WHERE b.i = a.i + 1 CREATE (a)-[:NEXT]->(b)")
    var limits = QueryLimits.interactive
    limits.maximumDepth = 5
    try expectLimit(
      "DepthLimit", "MATCH (:Step {i: 1})-[:NEXT*]->(s) RETURN count(s)", limits: limits)
  }

  @Test func tooManyIntermediateRows() throws {
    var limits = QueryLimits.interactive
    limits.maximumIntermediateRows = 100
    try expectLimit(
      "MemoryLimit", "UNWIND range(1, 1000) AS i RETURN i ORDER BY i DESC", limits: limits)
  }

  @Test func cancelledMidQueryLeavingNothingBehind() throws {
    let graph = try KnowledgeGraph(path: directory.path("kg.sqlite"))
    let flag = CancellationFlag()
    DispatchQueue.global().asyncAfter(deadline: .now() + 0.05) { flag.cancel() }
    #expect {
      try graph.execute(
        """
        CREATE (:Written) WITH 1 AS one
        UNWIND range(1, 3000) AS a UNWIND range(1, 3000) AS b RETURN count(*)
        """,
        options: QueryOptions(cancellation: flag))
    } throws: { ($0 as? QueryError)?.detail == "Cancelled" }
    #expect(try graph.execute("MATCH (n:Written) RETURN count(n)").result.rows == [[0]])
  }
}
