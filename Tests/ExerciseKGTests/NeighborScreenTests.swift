import ExerciseKG
import GraphModel
import TestSupport
import Testing

/// A one-hop probe whose first filter keeps a list's nodes (`t IN wanted`) stops walking from
/// nodes that reach none of them once it has run for enough rows with the same list
/// (`NeighborScreen`); its answers must be those the walks give.
@Suite struct NeighborScreenTests {
  let directory: TemporaryDirectory
  let graph: KnowledgeGraph
  static let starts = 0..<120

  /// `:A {i}` nodes; each `-[:R {w: i}]->` the `:T {k: i % 8}` unless `i` is a multiple of 3,
  /// `-[:R]->` a `:U` when `i` is even, and `-[:S]->` the `:T {k: i % 8}` when `i` is a
  /// multiple of 5.
  init() throws {
    directory = try TemporaryDirectory()
    graph = try KnowledgeGraph(path: directory.path("screen.sqlite"))
    let last = Self.starts.upperBound - 1
    for statement in [
      "UNWIND range(0, 7) AS k CREATE (:T {k: k})",
      "CREATE (:U)",
      "UNWIND range(\(Self.starts.lowerBound), \(last)) AS i CREATE (:A {i: i})",
      "MATCH (a:A), (t:T) WHERE t.k = a.i % 8 AND a.i % 3 <> 0 CREATE (a)-[:R {w: a.i}]->(t)",
      "MATCH (a:A), (u:U) WHERE a.i % 2 = 0 CREATE (a)-[:R]->(u)",
      "MATCH (a:A), (t:T) WHERE t.k = a.i % 8 AND a.i % 5 = 0 CREATE (a)-[:S]->(t)",
    ] {
      try graph.execute(statement)
    }
  }

  /// The `R` targets each `:A` reaches among the `:T`s with `k < 3`, as [w, k] pairs.
  @Test func aListBoundOnceAnswersEveryRowAsTheWalksDo() throws {
    let rows = try graph.execute(
      """
      MATCH (t:T) WHERE t.k < 3 WITH collect(t) AS wanted
      MATCH (a:A)
      RETURN a.i AS i, [(a)-[r:R]->(t:T) WHERE t IN wanted | [r.w, t.k]] AS reached
      ORDER BY i
      """
    ).result.rows
    let expected: [[Value]] = Self.starts.map { i in
      let reaches = i % 3 != 0 && i % 8 < 3
      return [
        .integer(Int64(i)), .list(reaches ? [[.integer(Int64(i)), .integer(Int64(i % 8))]] : []),
      ]
    }
    #expect(rows == expected)
  }

  /// `EXISTS` and `COUNT` over the same list, both ways round the relationship, of one type,
  /// of two and of any.
  @Test func existsAndCountAgreeWithTheWalks() throws {
    let rows = try graph.execute(
      """
      MATCH (t:T) WHERE t.k IN [1, 6] WITH collect(t) AS wanted
      MATCH (a:A)
      RETURN a.i AS i, EXISTS { (a)-[:R]->(t:T) WHERE t IN wanted } AS reaches,
        COUNT { (a)-[:R|S]->(t:T) WHERE t IN wanted } AS count,
        EXISTS { (t:T)<-[:S]-(a) WHERE t IN wanted } AS backwards,
        COUNT { (a)-->(t:T) WHERE t IN wanted } AS anyType
      ORDER BY i
      """
    ).result.rows
    let expected: [[Value]] = Self.starts.map { i in
      let wanted = [1, 6].contains(i % 8)
      let byR = wanted && i % 3 != 0
      let byS = wanted && i % 5 == 0
      let count = Value.integer(Int64((byR ? 1 : 0) + (byS ? 1 : 0)))
      return [.integer(Int64(i)), .boolean(byR), count, .boolean(byS), count]
    }
    #expect(rows == expected)
  }

  /// A list made anew for each row (here the row's own `S` targets) is never screened.
  @Test func aListOfEachRowsOwnIsAnsweredByItsWalk() throws {
    let rows = try graph.execute(
      """
      MATCH (a:A)
      WITH a, [(a)-[:S]->(s:T) | s] AS next
      RETURN a.i AS i, [(a)-[:R]->(t:T) WHERE t IN next | t.k] AS both
      ORDER BY i
      """
    ).result.rows
    let expected: [[Value]] = Self.starts.map { i in
      [.integer(Int64(i)), .list(i % 5 == 0 && i % 3 != 0 ? [.integer(Int64(i % 8))] : [])]
    }
    #expect(rows == expected)
  }

  /// A query that writes sees, in each row, the relationships its earlier rows created: the
  /// screen, which would describe the graph as it was when built, is not used. Row `n` counts
  /// the relationships from `:A {i: n}` to the `:T {k: 0}`, which row `n - 1` gave one more.
  @Test func aWritingQuerySeesItsOwnRelationships() throws {
    let rows = try graph.execute(
      """
      MATCH (t:T {k: 0}) WITH t, [t] AS wanted
      MATCH (a:A), (b:A) WHERE b.i = a.i + 1
      CREATE (b)-[r:R {seen: size([(a)-[:R]->(x:T) WHERE x IN wanted | x])}]->(t)
      RETURN a.i AS i, r.seen AS seen
      ORDER BY i
      """
    ).result.rows
    let expected: [[Value]] = Self.starts.dropLast().map { n in
      let created = n >= 1 ? 1 : 0
      let made = n % 8 == 0 && n % 3 != 0 ? 1 : 0
      return [.integer(Int64(n)), .integer(Int64(created + made))]
    }
    #expect(rows == expected)
  }

  /// Nodes that reach the list from far apart in the ID range (two of 2,000 here) are kept as
  /// sorted IDs rather than a bitmap (`NodeIDSet`); the answers are the walks' again.
  @Test func startsFarApartAnswerAsTheWalksDo() throws {
    for statement in [
      "CREATE (:T {k: 99})",
      "UNWIND range(0, 1999) AS i CREATE (:B {i: i})",
      "MATCH (b:B), (t:T {k: 99}) WHERE b.i IN [0, 1999] CREATE (b)-[:R]->(t)",
    ] {
      try graph.execute(statement)
    }
    let rows = try graph.execute(
      """
      MATCH (t:T {k: 99}) WITH collect(t) AS wanted
      MATCH (b:B) WHERE EXISTS { (b)-[:R]->(t:T) WHERE t IN wanted }
      RETURN b.i AS i ORDER BY i
      """
    ).result.rows
    #expect(rows == [[0], [1999]])
  }
}
