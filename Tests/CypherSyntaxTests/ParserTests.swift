import Testing

@testable import CypherSyntax

/// Each query parses, prints in canonical form, and the canonical form parses to the same tree.
@Suite struct ParserTests {
  static let canonical: [(String, String)] = [
    ("match (n) return n", "MATCH (n) RETURN n"),
    (
      "MATCH (e:Exercise {id: $id})-[:TARGETS]->(m:MuscleGroup) RETURN m.name",
      "MATCH (e:Exercise {id: $id})-[:TARGETS]->(m:MuscleGroup) RETURN m.name"
    ),
    (
      "MATCH (a)<-[r:A|B*1..3]-(b), p = (c)--(d) RETURN p",
      "MATCH (a)<-[r:A|B*1..3]-(b), p = (c)--(d) RETURN p"
    ),
    (
      "MATCH (a)-[*]->(b)-[*2]-(c)<-[*..5]-(d)-[*3..]->(e) RETURN a",
      "MATCH (a)-[*]->(b)-[*2]-(c)<-[*..5]-(d)-[*3..]->(e) RETURN a"
    ),
    ("MATCH (n:A|B:C) RETURN n", "MATCH (n:A|B:C) RETURN n"),
    (
      "OPTIONAL MATCH (n) WHERE n.x > 1 AND n:Goal RETURN DISTINCT n.x AS x ORDER BY x DESC, n.y SKIP 1 LIMIT 10",
      "OPTIONAL MATCH (n) WHERE n.x > 1 AND n:Goal RETURN DISTINCT n.x AS x ORDER BY x DESC, n.y SKIP 1 LIMIT 10"
    ),
    ("WITH * , 1 AS one WHERE one = 1 RETURN *", "WITH *, 1 AS one WHERE one = 1 RETURN *"),
    (
      "UNWIND [1, 2] AS x RETURN x UNION ALL RETURN 3 AS x UNION RETURN 4 AS x",
      "UNWIND [1, 2] AS x RETURN x UNION ALL RETURN 3 AS x UNION RETURN 4 AS x"
    ),
    (
      "CREATE (a:Exercise {name: 'Squat'})-[:TARGETS {role: 'primary'}]->(b)",
      "CREATE (a:Exercise {name: 'Squat'})-[:TARGETS {role: 'primary'}]->(b)"
    ),
    (
      "MERGE (g:Goal {name: 'Strength'}) ON CREATE SET g.created = true ON MATCH SET g.seen = g.seen + 1",
      "MERGE (g:Goal {name: 'Strength'}) ON CREATE SET g.created = true ON MATCH SET g.seen = g.seen + 1"
    ),
    (
      "MATCH (n) SET n.a = 1, n = {b: 2}, n += {c: 3}, n:L:M REMOVE n.a, n:L DETACH DELETE n",
      "MATCH (n) SET n.a = 1, n = {b: 2}, n += {c: 3}, n:L:M REMOVE n.a, n:L DETACH DELETE n"
    ),
    ("explain MATCH (n) DELETE n;", "EXPLAIN MATCH (n) DELETE n"),
    ("PROFILE RETURN 1", "PROFILE RETURN 1"),
    (
      "RETURN 1 + 2 * 3, (1 + 2) * 3, 2 ^ 3 ^ 2, -2 ^ 2, -(1), 10 - -3, 7 % 2 / 1",
      "RETURN 1 + 2 * 3, (1 + 2) * 3, 2 ^ 3 ^ 2, -2 ^ 2, -1, 10 - -3, 7 % 2 / 1"
    ),
    (
      "RETURN NOT a = b, a OR b AND c XOR d, (a OR b) AND c, NOT NOT a",
      "RETURN NOT a = b, a OR b AND c XOR d, (a OR b) AND c, NOT NOT a"
    ),
    (
      "RETURN 1 < x <= 3 <> y, x IN [1] = true, a STARTS WITH 'b' AND c ENDS WITH 'd' OR e CONTAINS 'f'",
      "RETURN 1 < x <= 3 <> y, x IN [1] = true, a STARTS WITH 'b' AND c ENDS WITH 'd' OR e CONTAINS 'f'"
    ),
    (
      "RETURN n.name =~ '(?i)squat.*', x IS NULL, x.y IS NOT NULL",
      "RETURN n.name =~ '(?i)squat.*', x IS NULL, x.y IS NOT NULL"
    ),
    (
      "RETURN [1, 'two', 3.5, null, true][0], l[1..2], l[..2], l[1..], {a: {b: [1]}}.a.b",
      "RETURN [1, 'two', 3.5, null, true][0], l[1..2], l[..2], l[1..], {a: {b: [1]}}.a.b"
    ),
    (
      "RETURN 0x2A, 0o52, -0x8000000000000000, -9223372036854775808, 1e3, .5",
      "RETURN 42, 42, -9223372036854775808, -9223372036854775808, 1000.0, 0.5"
    ),
    (
      "RETURN CASE x WHEN 1 THEN 'one' ELSE 'many' END, CASE WHEN x > 1 THEN 1 END",
      "RETURN CASE x WHEN 1 THEN 'one' ELSE 'many' END, CASE WHEN x > 1 THEN 1 END"
    ),
    (
      "RETURN count(*), count(DISTINCT n.x), toLower(n.name), my.ns.fn(1), COUNT (*)",
      "RETURN count(*), count(DISTINCT n.x), toLower(n.name), my.ns.fn(1), count(*)"
    ),
    (
      "RETURN [x IN range(1, 10) WHERE x % 2 = 0 | x * x], [x IN l], [x IN l WHERE x > 1]",
      "RETURN [x IN range(1, 10) WHERE x % 2 = 0 | x * x], [x IN l], [x IN l WHERE x > 1]"
    ),
    (
      "MATCH (a) RETURN [(a)-[:T]->(b) WHERE b.x > 1 | b.name], [p = (a)-->() | p]",
      "MATCH (a) RETURN [(a)-[:T]->(b) WHERE b.x > 1 | b.name], [p = (a)-->() | p]"
    ),
    (
      "RETURN all(x IN l WHERE x > 0), any(x IN l WHERE x), none(x IN l WHERE x), single(x IN l WHERE x)",
      "RETURN all(x IN l WHERE x > 0), any(x IN l WHERE x), none(x IN l WHERE x), single(x IN l WHERE x)"
    ),
    (
      "MATCH (a), (b) WHERE (a)-[:KNOWS]->(b) AND NOT (a)<--(:X) RETURN a",
      "MATCH (a), (b) WHERE (a)-[:KNOWS]->(b) AND NOT (a)<--(:X) RETURN a"
    ),
    (
      "MATCH (e) WHERE EXISTS { MATCH (e)-[:REQUIRES]->(q) WHERE q.name = 'barbell' } RETURN COUNT { (e)-->() } AS n",
      "MATCH (e) WHERE EXISTS { MATCH (e)-[:REQUIRES]->(q) WHERE q.name = 'barbell' } RETURN COUNT { (e)-->() } AS n"
    ),
    (
      "RETURN EXISTS { (a)-->(b) WHERE b.x = 1 }, exists(n.x)",
      "RETURN EXISTS { (a)-->(b) WHERE b.x = 1 }, exists(n.x)"
    ),
    (
      "RETURN 'it\\'s', \"dq\", '\\n', `weird name`, `null`, `count`",
      #"RETURN 'it\'s', 'dq', '\n', `weird name`, `null`, count"#
    ),
    ("RETURN $param, $`odd param`, $0", "RETURN $param, $`odd param`, $`0`"),
    // A bar after a label in a pattern comprehension's WHERE may be its separator.
    (
      "RETURN [(a)-->(t) WHERE t:B | t.n], [(a)-->(t) WHERE t:B|C | t:D|E], [(a)-->(t) WHERE t:B | [(t)-->(u) WHERE u:C | u]]",
      "RETURN [(a)-->(t) WHERE t:B | t.n], [(a)-->(t) WHERE t:B|C | t:D|E], [(a)-->(t) WHERE t:B | [(t)-->(u) WHERE u:C | u]]"
    ),
  ]

  @Test(arguments: canonical)
  func printsCanonicallyAndRoundTrips(_ query: String, _ expected: String) throws {
    let printed = ASTPrinter.print(try Parser.parse(query))
    #expect(printed == expected)
    #expect(ASTPrinter.print(try Parser.parse(printed)) == printed)
  }

  @Test func precedenceShapesTheTree() throws {
    let statement = try Parser.parse("RETURN 1 + 2 * 3 AS x")
    guard case .return(let ret) = statement.query.first.clauses[0],
      case .binary(.add, let one, let product) = ret.projection.items[0].expression.kind,
      case .binary(.multiply, _, _) = product.kind
    else {
      Issue.record("1 + 2 * 3 did not parse as 1 + (2 * 3)")
      return
    }
    #expect(one.kind == .literal(.integer(1)))
  }

  @Test func itemsKeepTheirSourceTextForColumnNames() throws {
    let statement = try Parser.parse(
      "MATCH (n) RETURN aVg(    n.aGe     ), n.name AS name,  count( * ) ")
    guard case .return(let ret) = statement.query.first.clauses[1] else {
      Issue.record("no RETURN")
      return
    }
    #expect(
      ret.projection.items.map(\.columnName) == ["aVg(    n.aGe     )", "name", "count( * )"])
  }

  @Test func parameterValuesParseAsLiteralExpressions() throws {
    #expect(
      ASTPrinter.print(try Parser.parseExpression("[1, 'a', {k: -1.5}]")) == "[1, 'a', {k: -1.5}]")
  }
}
