import ExerciseKG
import Foundation
import GraphModel
import TestSupport
import Testing

/// Cypher through the library API on real store files.
@Suite struct QueryTests {
  let directory = try! TemporaryDirectory()

  func graph(_ name: String = "kg.sqlite") throws -> KnowledgeGraph {
    try KnowledgeGraph(path: directory.path(name))
  }

  func rows(_ graph: KnowledgeGraph, _ query: String, _ parameters: [String: Value] = [:]) throws
    -> [[Value]]
  {
    try graph.execute(query, parameters: parameters).result.rows
  }

  @Test func createdGraphIsReadBackAfterReopening() throws {
    try graph().execute(
      """
      CREATE (s:Exercise {name: 'Squat', level: 'beginner'})-[:TARGETS {role: 'primary'}]->
             (:MuscleGroup {name: 'quadriceps'}),
             (s)-[:TARGETS {role: 'secondary'}]->(:MuscleGroup {name: 'glutes'})
      """)
    let reopened = try graph()
    let found = try rows(
      reopened,
      """
      MATCH (e:Exercise {name: $name})-[t:TARGETS]->(m)
      RETURN m.name AS muscle, t.role AS role ORDER BY muscle
      """, ["name": "Squat"])
    #expect(found == [["glutes", "secondary"], ["quadriceps", "primary"]])
  }

  @Test func optionalMatchAndAggregationFollowOpenCypher() throws {
    let graph = try graph()
    try graph.execute(
      "CREATE (:Exercise {name: 'A', reps: 10}), (:Exercise {name: 'B', reps: 20}), (:Exercise {name: 'C'})"
    )
    let found = try rows(
      graph,
      """
      MATCH (e:Exercise) OPTIONAL MATCH (e)-[:TARGETS]->(m)
      RETURN count(*) AS rows, count(m) AS muscles, avg(e.reps) AS average,
             collect(e.reps) AS reps, sum(e.reps) AS total
      """)
    #expect(found == [[3, 0, 15.0, [10, 20], 30]])
    #expect(
      try rows(graph, "MATCH (e:Nothing) RETURN count(e) AS n, collect(e) AS all") == [[0, []]])
    #expect(
      try rows(graph, "RETURN null = null AS unknown, 1 = 1.0 AS same, [1, null] = [2, null] AS no")
        == [[nil, true, false]])
  }

  /// Rows reuse the slots of variables a WITH dropped and of comprehension variables; what a
  /// slot held before must never show through the variable that takes it over.
  @Test func variablesInReusedSlotsNeverSeeWhatTheSlotHeldBefore() throws {
    let graph = try graph()
    try graph.execute("CREATE (:Person {name: 'Ann'})-[:KNOWS]->(:Person {name: 'Bo'})")
    let found = try rows(
      graph,
      """
      MATCH (p:Person)-[k:KNOWS]->(f)
      WITH p.name AS name, [x IN [1, 2] | x * 10] AS tens
      OPTIONAL MATCH (q:Missing)
      WITH name, tens, q, [(a:Person)-[:KNOWS]->(b) | b.name] AS known
      UNWIND tens AS ten
      RETURN name, q, ten, known, [y IN known | y + '!'] AS shouted
      """)
    #expect(found == [["Ann", nil, 10, ["Bo"], ["Bo!"]], ["Ann", nil, 20, ["Bo"], ["Bo!"]]])
  }

  /// A pipeline's operators write into one shared row: a projection after an UNWIND may take
  /// over the slot of a variable the rows between still read (`k`, dropped only later), and
  /// the UNWIND's next row must find that variable as it was, not the projection's value.
  @Test func aSlotTakenOverLaterInThePipelineIsSetBackForEachRow() throws {
    let found = try rows(
      try graph(),
      """
      WITH [1, 2, 3] AS xs, 10 AS k
      UNWIND xs AS x
      WITH xs, x, k + x AS y
      WITH xs, x, y, x * 100 AS z
      RETURN x, y, z
      """)
    #expect(found == [[1, 11, 100], [2, 12, 200], [3, 13, 300]])
  }

  /// An OPTIONAL MATCH into two bound nodes that finds no relationship keeps both nodes and
  /// makes only the relationship null, also after rows that found one.
  @Test func anOptionalMatchThatFindsNothingKeepsTheBoundNodes() throws {
    let graph = try graph()
    try graph.execute("CREATE (:N {i: 1})-[:R]->(:N {i: 2}), (:N {i: 3})")
    let found = try rows(
      graph,
      """
      MATCH (a:N), (b:N) WHERE a.i < b.i
      OPTIONAL MATCH (a)-[r:R]->(b)
      RETURN a.i AS a, b.i AS b, r IS NULL AS none ORDER BY a, b
      """)
    #expect(found == [[1, 2, false], [1, 3, true], [2, 3, true]])
  }

  @Test func variableLengthPathsNeverReuseARelationship() throws {
    let graph = try graph()
    try graph.execute("CREATE (a:N {i: 1})-[:R]->(b:N {i: 2})-[:R]->(c:N {i: 3})-[:R]->(a)")
    let lengths = try rows(
      graph, "MATCH p = (a:N {i: 1})-[:R*]->(x) RETURN length(p) AS n, x.i AS i ORDER BY n")
    #expect(lengths == [[1, 2], [2, 3], [3, 1]])
  }

  @Test func aRunTimeErrorRollsBackTheWholeStatement() throws {
    let graph = try graph()
    #expect {
      try graph.execute("CREATE (:Temporary) WITH 1 AS one RETURN one / 0 AS boom")
    } throws: { error in
      let error = error as? QueryError
      return error?.type == "ArithmeticError" && error?.phase == .runtime
    }
    #expect(try rows(graph, "MATCH (n:Temporary) RETURN count(n)") == [[0]])
  }

  @Test func aCompileTimeErrorNamesThePlaceWithACaret() throws {
    let graph = try graph()
    let query = "MATCH (n)\nRETURN m.name"
    do {
      _ = try graph.execute(query)
      Issue.record("expected an error")
    } catch {
      #expect(error.type == "SyntaxError")
      #expect(error.detail == "UndefinedVariable")
      #expect(error.phase == .compile)
      #expect(error.span?.line == 2 && error.span?.column == 8)
      #expect(error.rendered(in: query).hasSuffix("  RETURN m.name\n         ^"))
    }
  }

  @Test func parametersAreCypherLiteralsAndAMissingOneIsAnError() throws {
    #expect(
      try ParameterValue.parse("[1, -2.5, 'it\\'s', {k: null}]")
        == [1, -2.5, "it's", ["k": nil]])
    #expect(throws: QueryError.self) { try ParameterValue.parse("1 + 2") }
    #expect {
      try self.graph().execute("RETURN $missing AS m")
    } throws: { ($0 as? QueryError)?.type == "ParameterMissing" }
  }

  @Test func changesAreMeasuredAsTheTCKCountsThem() throws {
    let graph = try graph()
    let options = QueryOptions(measuresChanges: true)
    let created = try graph.execute(
      "CREATE (:A {x: 1}), (:A), (:B)-[:R {w: 2}]->(:B)", options: options
    ).changes
    #expect(created?.nodesCreated == 4)
    #expect(created?.relationshipsCreated == 1)
    #expect(created?.labelsAdded == 2)
    #expect(created?.propertiesSet == 2)
    let deleted = try graph.execute("MATCH (b:B) DETACH DELETE b", options: options).changes
    #expect(deleted?.nodesDeleted == 2)
    #expect(deleted?.relationshipsDeleted == 1)
    #expect(deleted?.labelsRemoved == 1)
    #expect(deleted?.propertiesRemoved == 1)
  }

  @Test func anIndexChangesThePlanOfACachedQuery() throws {
    let graph = try graph()
    try graph.execute("UNWIND range(1, 50) AS i CREATE (:Exercise {id: i})")
    let query = "EXPLAIN MATCH (e:Exercise {id: $id}) RETURN e"
    #expect(try graph.execute(query).plan?.contains("NodeByLabelScan(e:Exercise)") == true)
    try graph.createPropertyIndex(label: "Exercise", key: "id")
    #expect(try graph.execute(query).plan?.contains("NodeIndexSeek(e:Exercise {id: $id})") == true)
    #expect(try rows(graph, "MATCH (e:Exercise {id: $id}) RETURN e.id", ["id": 7]) == [[7]])
    #expect(
      try rows(
        graph, "MATCH (e:Exercise) WHERE e.id IN $ids RETURN e.id ORDER BY e.id",
        ["ids": [3, 3.0, 9, nil, "x"]]) == [[3], [9]])
  }

  @Test func profileRunsTheQueryAndCountsEachOperatorsRowsAndTime() throws {
    let graph = try graph()
    try graph.execute("UNWIND range(1, 10) AS i CREATE (:A {i: i})-[:R]->(:B), (:C)")
    let response = try graph.execute(
      "PROFILE MATCH (a:A)-[:R]->(b) WHERE a.i > 3 OPTIONAL MATCH (b)-[:R]->(c) WHERE c.i > 0 "
        + "RETURN count(*)")
    #expect(response.result.rows == [[7]])
    let lines = try #require(response.plan).split(separator: "\n").map(String.init)
    func line(_ prefix: String) -> String? {
      lines.first { $0.trimmingPrefix(while: \.isWhitespace).hasPrefix(prefix) }
    }
    #expect(line("NodeByLabelScan(a:A)")?.contains("rows: 10, ") == true)
    #expect(line("Filter(a.i > 3)")?.contains("rows: 7, ") == true)
    #expect(line("Expand((a)-[")?.contains("rows: 7, ") == true)
    // The optional match's inner expand finds nothing; the operator passes each row on once.
    #expect(line("Optional(")?.contains("rows: 7, ") == true)
    #expect(lines.filter { $0.contains("Expand((b)-[") }.first?.contains("rows: 0, ") == true)
    #expect(line("Aggregation(")?.contains("rows: 1, ") == true)
    #expect(lines.allSatisfy { !$0.contains("rows:") || $0.hasSuffix(" ms") })
  }

  @Test func anExpressionOfParametersIsComputedOncePerRunAndAgainForTheNext() throws {
    let graph = try graph()
    try graph.execute("UNWIND range(1, 3) AS i CREATE (:N {i: i})")
    // The same text each time, so the same lowered plan with its memo.
    let query = "MATCH (n:N) WHERE size($wanted) = 0 OR n.i IN $wanted RETURN n.i ORDER BY n.i"
    #expect(try rows(graph, query, ["wanted": [2]]) == [[2]])
    #expect(try rows(graph, query, ["wanted": []]) == [[1], [2], [3]])
    #expect(try rows(graph, query, ["wanted": [3, 1]]) == [[1], [3]])
    // rand() is not one: each row draws its own.
    let draws = try rows(graph, "UNWIND range(1, 20) AS i RETURN rand() AS r")
    #expect(Set(draws.map { $0[0] }).count > 1)
  }

  @Test func anOptionalMatchOfOneHopIsAnOptionalExpandWithTheSameRows() throws {
    let graph = try graph()
    try graph.execute("CREATE (a:A {i: 1})-[:R {w: 2}]->(:B {i: 2}), (:A {i: 3}), (:G {i: 4})")
    let query = """
      MATCH (a:A) OPTIONAL MATCH (a)-[r:R]->(b:B)
      RETURN a.i AS a, r.w AS w, b.i AS b ORDER BY a
      """
    #expect(
      try graph.execute("EXPLAIN " + query).plan?.contains("OptionalExpand((a)-[r:R]->(b:B))")
        == true)
    #expect(try rows(graph, query) == [[1, 2, 2], [3, nil, nil]])
    // Into a bound node: the node stays bound, the relationship is null; a null end finds nothing.
    let into = """
      MATCH (a:A) OPTIONAL MATCH (g:G) WHERE a.i = 1 OPTIONAL MATCH (a)-[r:R]->(g)
      RETURN a.i AS a, g.i AS g, r IS NULL AS missing ORDER BY a
      """
    #expect(
      try graph.execute("EXPLAIN " + into).plan?.contains("OptionalExpandInto((a)-[r:R]->(g))")
        == true)
    #expect(try rows(graph, into) == [[1, 4, true], [3, nil, true]])
  }

  @Test func theSizeOfAFilteredListIsItsCountOfTrueElements() throws {
    let graph = try graph()
    // Counted without the list; null and false predicates are left out, as the list would.
    let found = try rows(
      graph,
      """
      RETURN size([x IN [1, null, 3, 4] WHERE x > 2]) AS big,
        size([x IN $none WHERE x > 2]) AS none, size([x IN [] WHERE x > 2]) AS empty
      """, ["none": .null])
    #expect(found == [[2, nil, 0]])
    #expect(throws: QueryError.self) { try graph.execute("RETURN size([x IN 5 WHERE x > 2])") }
  }

  @Test func reduceFoldsAListFromItsInitialValue() throws {
    let graph = try graph()
    let found = try rows(
      graph,
      """
      UNWIND [1, 2] AS k
      RETURN reduce(total = k, x IN [1, 2, 3] | total + x * k) AS weighted,
        reduce(acc = [], x IN range(1, 3) | acc + [x * 10]) AS tens,
        reduce(s = '', w IN ['a', null, 'b'] | s + coalesce(w, '-')) AS text,
        reduce(n = 0, x IN $none | n + 1) AS none, reduce(n = 7, x IN [] | n + 1) AS empty
      """, ["none": .null])
    #expect(found == [[7, [10, 20, 30], "a-b", nil, 7], [14, [10, 20, 30], "a-b", nil, 7]])
    // The accumulator and the element are local to the expression.
    #expect(throws: QueryError.self) {
      try graph.execute("RETURN reduce(s = 0, x IN [1] | s + x) AS z, s")
    }
    #expect(throws: QueryError.self) { try graph.execute("RETURN reduce(s = 0, x IN 5 | s)") }
  }

  @Test func coalesceStopsAtItsFirstNonNullArgument() throws {
    let graph = try graph()
    // The arguments after the first non-null one are not evaluated: no division by zero.
    let found = try rows(
      graph, "RETURN coalesce(null, $p, 1 / 0) AS a, coalesce(null, null) AS b", ["p": 2])
    #expect(found == [[2, nil]])
    #expect(throws: QueryError.self) { try graph.execute("RETURN coalesce(null, 1 / 0)") }
  }
}
