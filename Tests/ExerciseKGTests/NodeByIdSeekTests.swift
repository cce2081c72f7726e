import ExerciseKG
import GraphModel
import Testing

/// `id(n) = x`, `id(n) IN list` and `elementId(n) = x` read only the nodes named, and find
/// exactly the nodes the same filter over a scan finds.
@Suite struct NodeByIdSeekTests {
  /// Nodes 1–6: (:A {n: 1}), (:A {n: 2}), (:B {n: 3}), (:A:B {n: 4}), then 5 and 6 deleted
  /// again, so their ids name nothing.
  func graph() throws -> KnowledgeGraph {
    let graph = try KnowledgeGraph(path: ":memory:")
    try graph.execute("CREATE (:A {n: 1}), (:A {n: 2}), (:B {n: 3}), (:A:B {n: 4}), (:C), (:C)")
    try graph.execute("MATCH (c:C) DELETE c")
    return graph
  }

  func plan(_ graph: KnowledgeGraph, _ query: String, _ parameters: [String: Value] = [:])
    throws -> String
  {
    try #require(graph.execute("EXPLAIN " + query, parameters: parameters).plan)
  }

  /// `n` of each row, in order.
  func numbers(_ graph: KnowledgeGraph, _ query: String, _ parameters: [String: Value] = [:])
    throws -> [Value]
  {
    try graph.execute(query, parameters: parameters).result.rows.map { $0[0] }
  }

  @Test func aSeekFindsWhatAScanFilterFinds() throws {
    let graph = try graph()
    let idLists: [Value] = [
      [1, 2, 3, 4], [4, 1, 4, 1], [1.0, 2.5, 3], [5, 6, 99, -1, 0], ["n:1", "1", nil, [1], true],
      [], nil,
    ]
    for ids in idLists {
      for pattern in ["(x)", "(x:A)", "(x:B)", "(x:A:B)", "(x:C)"] {
        let seek = "MATCH \(pattern) WHERE id(x) IN $ids RETURN x.n ORDER BY x.n"
        // `+ 0` keeps the planner from seeing `id(x)`, so this one scans and filters.
        let scan = "MATCH \(pattern) WHERE id(x) + 0 IN $ids RETURN x.n ORDER BY x.n"
        #expect(try plan(graph, seek).contains("NodeByIdSeek"))
        #expect(!(try plan(graph, scan).contains("NodeByIdSeek")))
        #expect(
          try numbers(graph, seek, ["ids": ids]) == numbers(graph, scan, ["ids": ids]),
          "\(pattern) \(ids)")
      }
    }
  }

  @Test func eachNodeComesOnceInTheOrderOfTheList() throws {
    let graph = try graph()
    let query = "MATCH (x) WHERE id(x) IN $ids RETURN x.n"
    #expect(try numbers(graph, query, ["ids": [4, 1, 4, 2.0, 1]]) == [4, 1, 2])
  }

  @Test func equalityAndElementIDsSeekToo() throws {
    let graph = try graph()
    let byID = "MATCH (x:A) WHERE $id = id(x) RETURN x.n"
    #expect(try plan(graph, byID).contains("NodeByIdSeek(x:A WHERE id(x) = $id)"))
    #expect(try numbers(graph, byID, ["id": 2]) == [2])
    #expect(try numbers(graph, byID, ["id": 3]) == [])
    #expect(try numbers(graph, byID, ["id": 2.0]) == [2])
    #expect(try numbers(graph, byID, ["id": nil]) == [])
    #expect(try numbers(graph, byID, ["id": "2"]) == [])

    let byElementID = "MATCH (x) WHERE elementId(x) = $id RETURN x.n"
    #expect(try plan(graph, byElementID).contains("NodeByIdSeek(x WHERE elementId(x) = $id)"))
    #expect(try numbers(graph, byElementID, ["id": "n:3"]) == [3])
    #expect(try numbers(graph, byElementID, ["id": "n:5"]) == [])
    #expect(try numbers(graph, byElementID, ["id": "r:3"]) == [])
    #expect(try numbers(graph, byElementID, ["id": 3]) == [])
  }

  @Test func aPatternStartsAtTheNodeSoughtByID() throws {
    let graph = try graph()
    try graph.execute("MATCH (a {n: 1}), (b {n: 3}) CREATE (a)-[:R]->(b)")
    let query = "MATCH (a:A)-[:R]->(b:B) WHERE id(b) = $id RETURN a.n"
    let plan = try plan(graph, query)
    #expect(plan.contains("NodeByIdSeek(b:B WHERE id(b) = $id)"))
    #expect(!plan.contains("NodeByLabelScan"))
    #expect(try numbers(graph, query, ["id": 3]) == [1])
  }

  @Test func theIDsMayComeFromEarlierInTheQuery() throws {
    let graph = try graph()
    let query = "UNWIND [2, 3, 9] AS i MATCH (x) WHERE id(x) = i RETURN x.n"
    #expect(try plan(graph, query).contains("NodeByIdSeek(x WHERE id(x) = i)"))
    #expect(try numbers(graph, query) == [2, 3])
    // Nodes created earlier in the same query are found; a filter on the node itself is not a
    // seek.
    #expect(
      try numbers(
        graph, "CREATE (c:D {n: 7}) WITH id(c) AS i MATCH (x:D) WHERE id(x) = i RETURN x.n")
        == [7])
    #expect(!(try plan(graph, "MATCH (x) WHERE id(x) = x.n RETURN x").contains("NodeByIdSeek")))
  }

  @Test func aListThatIsNotAListIsATypeError() throws {
    let graph = try graph()
    #expect(throws: (any Error).self) {
      try graph.execute("MATCH (x) WHERE id(x) IN $ids RETURN x", parameters: ["ids": 3])
    }
  }
}
