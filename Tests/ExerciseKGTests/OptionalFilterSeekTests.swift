import ExerciseKG
import GraphModel
import Testing

/// An optional filter — `$ids IS NULL OR id(n) IN $ids`, `$name IS NULL OR n.key = $name` — is
/// a seek that scans on the rows where its condition is true (or, planned for the parameter's
/// value, a plain seek or a plain scan), and finds what the filter finds.
@Suite struct OptionalFilterSeekTests {
  /// (:A {n: 1}), (:A {n: 2}), (:B {n: 3}), with an index on :A(n).
  func graph() throws -> KnowledgeGraph {
    let graph = try KnowledgeGraph(path: ":memory:")
    try graph.execute("CREATE (:A {n: 1}), (:A {n: 2}), (:B {n: 3})")
    try graph.createPropertyIndex(label: "A", key: "n")
    return graph
  }

  func numbers(_ graph: KnowledgeGraph, _ query: String, _ parameters: [String: Value])
    throws -> [Value]
  {
    try graph.execute(query, parameters: parameters).result.rows.map { $0[0] }
  }

  @Test(arguments: [
    ("MATCH (x:A) WHERE $v IS NULL OR id(x) IN $v", "NodeByIdSeek"),
    ("MATCH (x:A) WHERE id(x) IN $v OR $v IS NULL", "NodeByIdSeek"),
    ("MATCH (x) WHERE $v IS NULL OR id(x) = $v", "NodeByIdSeek"),
    ("MATCH (x:A) WHERE $v IS NULL OR x.n IN $v", "NodeIndexSeek"),
    ("MATCH (x:A) WHERE x.n = $v OR $v IS NULL", "NodeIndexSeek"),
    ("MATCH (x:A) WHERE size($v) = 0 OR x.n IN $v", "NodeIndexSeek"),
  ])
  func findsWhatTheFilterFinds(match: String, seek: String) throws {
    let graph = try graph()
    let query = match + " RETURN x.n ORDER BY x.n"
    // `coalesce(x, x)` hides the node from the planner, so this one filters a scan.
    let filtered = query.replacingOccurrences(of: "id(x)", with: "id(coalesce(x, x))")
      .replacingOccurrences(of: "x.n IN", with: "coalesce(x, x).n IN")
      .replacingOccurrences(of: "x.n =", with: "coalesce(x, x).n =")
    // Planned without the parameter (as EXPLAIN alone is), the seek scans when the guard holds;
    // planned for a value, the guard is answered and the plan is the plain seek or the scan.
    let guarded = try #require(graph.execute("EXPLAIN " + query).plan)
    #expect(guarded.contains(seek) && guarded.contains("OR"), "\(guarded)")
    let plain = try #require(graph.execute("EXPLAIN " + query, parameters: ["v": [1]]).plan)
    #expect(plain.contains(seek) && !plain.contains("OR"), "\(plain)")
    let everything: Value = match.contains("size") ? [] : nil
    let scan = try #require(graph.execute("EXPLAIN " + query, parameters: ["v": everything]).plan)
    #expect(!scan.contains(seek) && !scan.contains("Filter"), "\(scan)")
    #expect(!(try #require(graph.execute("EXPLAIN " + filtered).plan).contains(seek)))
    let values: [Value] = [nil, [], [1], [2, 3], 1, 2, 3, "n:1", true]
    for value in values {
      let expected = try? numbers(graph, filtered, ["v": value])
      let found = try? numbers(graph, query, ["v": value])
      #expect(found == expected, "\(match) with \(value)")
    }
  }

  @Test func aConditionThatCallsRandIsNotASeek() throws {
    let graph = try graph()
    let plan = try graph.execute("EXPLAIN MATCH (x:A) WHERE rand() < 0.5 OR x.n = 1 RETURN x").plan
    #expect(plan?.contains("Filter(rand() < 0.5 OR x.n = 1)") == true)
  }
}
