import ExerciseKG
import GraphModel
import Testing

/// The evaluator's shortcuts must answer as its general paths do: a list filter against a
/// literal (tested element by element, without a closure), arithmetic with a literal operand or
/// on plain numbers, an aggregation without grouping keys, an expand into a bound node.
@Suite struct EvaluationShortcutTests {
  static let elements: [Value] = [1, 2, 1.0, 2.5, nil, "primary", "secondary", true, [1]]

  @Test func aFilterAgainstALiteralAnswersAsAgainstAVariable() throws {
    let graph = try KnowledgeGraph(path: ":memory:")
    for (comparison, literal) in [
      ("=", "1"), ("<>", "'primary'"), ("<", "2"), (">=", "1.0"), ("=", "null"), ("<>", "[1]"),
    ] {
      // `x op literal` takes the shortcut; `x op value`, a variable, the general path.
      let predicates = ["x \(comparison) \(literal)", "x \(comparison) value"]
      let columns = predicates.flatMap { predicate in
        [
          "size([x IN list WHERE \(predicate)])", "any(x IN list WHERE \(predicate))",
          "all(x IN list WHERE \(predicate))", "none(x IN list WHERE \(predicate))",
          "single(x IN list WHERE \(predicate))",
        ]
      }
      let row = try #require(
        try graph.execute(
          "WITH $list AS list, \(literal) AS value RETURN \(columns.joined(separator: ", "))",
          parameters: ["list": .list(Self.elements)]
        ).result.rows.first)
      #expect(Array(row[..<5]) == Array(row[5...]), "x \(comparison) \(literal)")
    }
  }

  @Test func aFilterAgainstALiteralCountsNullsAsUnknown() throws {
    let graph = try KnowledgeGraph(path: ":memory:")
    let row = try graph.execute(
      """
      RETURN size([r IN ['primary', 'secondary', 'primary'] WHERE r = 'primary']),
        any(x IN [null, 2] WHERE x = 1), all(x IN [1, null] WHERE x = 1),
        none(x IN [2, 3] WHERE x < 2), single(x IN [1, 2, 3] WHERE x > 2)
      """
    ).result.rows.first
    #expect(row == [2, nil, nil, true, true])
  }

  @Test func arithmeticOnNumbersAndLiteralsAnswersAsOpenCypherSays() throws {
    let graph = try KnowledgeGraph(path: ":memory:")
    let row = try graph.execute(
      """
      WITH 7 AS seven, 2 AS two, 2.5 AS half
      RETURN seven / two, seven / 2, 7 / two, 7.0 / two, seven % 3, 7.5 % two, two ^ 3,
        1 + half, 3 * half, 5 - seven, 'a' + 1, [1] + two, null + seven, seven * null
      """
    ).result.rows.first
    #expect(row == [3, 3, 3, 3.5, 1, 1.5, 8.0, 3.5, 7.5, -2, "a1", [1, 2], nil, nil])
  }

  @Test func integerOverflowAndDivisionByZeroStillRaiseTheirErrors() throws {
    let graph = try KnowledgeGraph(path: ":memory:")
    for (query, detail) in [
      ("WITH 9223372036854775807 AS n RETURN n + 1", "IntegerOverflow"),
      ("WITH -9223372036854775807 AS n RETURN n - 2", "IntegerOverflow"),
      ("WITH 4611686018427387904 AS n RETURN n * 2", "IntegerOverflow"),
      ("WITH 7 AS n RETURN n / 0", "DivisionByZero"),
      ("WITH 7 AS n RETURN n % 0", "DivisionByZero"),
    ] {
      #expect {
        try graph.execute(query)
      } throws: {
        ($0 as? QueryError)?.detail == detail
      }
    }
    #expect(
      try graph.execute("WITH 7.0 AS n RETURN n / 0").result.rows.first == [.float(.infinity)])
  }

  @Test func anAggregationWithoutKeysAnswersOnceEvenForNoRows() throws {
    let graph = try KnowledgeGraph(path: ":memory:")
    _ = try graph.execute("UNWIND range(1, 5) AS i CREATE (:N {i: i})")
    let counted = try graph.execute(
      "MATCH (n:N) RETURN count(*), sum(n.i), collect(n.i), min(n.i)"
    ).result.rows
    #expect(counted == [[5, 15, [1, 2, 3, 4, 5], 1]])
    let none = try graph.execute(
      "MATCH (n:Missing) RETURN count(*), sum(n.i), collect(n.i), min(n.i)"
    ).result.rows
    #expect(none == [[0, 0, [], nil]])
  }

  @Test func anExpandIntoABoundNodeKeepsOnlyItsRelationships() throws {
    let graph = try KnowledgeGraph(path: ":memory:")
    _ = try graph.execute(
      """
      CREATE (a:A), (b:B), (c:C), (a)-[:R {n: 1}]->(b), (a)-[:R {n: 2}]->(c),
        (a)-[:R {n: 3}]->(b), (b)-[:R {n: 4}]->(a)
      """)
    let rows = try graph.execute(
      """
      MATCH (a:A), (b:B), (c:C)
      OPTIONAL MATCH (a)-[toB:R]->(b)
      WITH a, b, c, collect(toB.n) AS toB
      OPTIONAL MATCH (c)-[toA:R]->(a)
      RETURN toB, toA
      """
    ).result.rows
    #expect(rows.count == 1)
    #expect(rows.first?.first.map { Set($0.listValue ?? []) } == Set([1, 3]))
    #expect(rows.first?.last == Value.null)
  }
}
