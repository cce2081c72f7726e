import CypherSyntax
import Testing

@testable import CypherPlanner

@Suite struct BinderTests {
  private func bind(_ query: String) throws -> BoundQuery {
    try Binder.bind(try Parser.parse(query))
  }

  private func semanticError(_ query: String) -> SemanticError? {
    do {
      _ = try bind(query)
      return nil
    } catch let error as SemanticError {
      return error
    } catch {
      Issue.record("not a semantic error: \(error)")
      return nil
    }
  }

  @Test(arguments: [
    "MATCH (e:Exercise)-[t:TARGETS]->(m) WHERE t.role = 'primary' RETURN e.name, m",
    "MATCH (a)-->(b) WITH a, count(b) AS n WHERE n > 1 RETURN a ORDER BY n DESC LIMIT 5",
    "MATCH (a:A)-[:KNOWS]->(b)-->(c) OPTIONAL MATCH (a)-[r:KNOWS]->(c) WITH c WHERE r IS NULL RETURN c.name",
    "UNWIND [1, 2] AS x WITH x RETURN [y IN range(1, x) WHERE y > 0 | y * x] AS l, all(z IN [x] WHERE z > 0)",
    "MATCH (n) RETURN size([x IN collect(n) WHERE x IS NOT NULL]) AS c",
    "CREATE (a:Exercise {name: 'Squat'})-[:TARGETS {role: 'primary'}]->(b:MuscleGroup) RETURN a, b",
    "MATCH (a), (b) CREATE (a)-[:VARIANT_OF]->(b) SET a.x = 1 REMOVE b.y DETACH DELETE a",
    "MERGE (g:Goal {name: 'Strength'}) ON CREATE SET g.n = 1 ON MATCH SET g.n = g.n + 1",
    "MATCH (n) WHERE EXISTS { MATCH (n)-->(m) WHERE m.x = 1 } AND COUNT { (n)-->() } > 2 RETURN n",
    "MATCH (n) RETURN [(n)-[:T]->(m) WHERE m.x > 1 | m.name] AS names",
    "MATCH (me)--(you) RETURN me.age AS age, count(you.age) AS cnt ORDER BY age + count(you.age)",
    "MATCH ()  CREATE ()  WITH *  CREATE ()",
    "RETURN 1 AS a UNION RETURN 2 AS a",
  ])
  func validQueriesBind(_ query: String) throws {
    _ = try bind(query)
  }

  @Test func columnsAreTheReturnedNames() throws {
    #expect(try bind("MATCH (n) RETURN n.name, count(*) AS c").columns == ["n.name", "c"])
    #expect(try bind("MATCH (a)-->(b) RETURN *").columns == ["a", "b"])
    #expect(try bind("CREATE (n)").columns == [])
  }

  @Test(arguments: [
    (
      "MATCH (s) WHERE s.name = undefinedVariable RETURN s", SemanticError.Detail.undefinedVariable,
      "1:26: Variable `undefinedVariable` not defined"
    ),
    ("MATCH (a) WITH a.name AS n RETURN a", .undefinedVariable, "1:35: Variable `a` not defined"),
    (
      "MATCH (a) RETURN DISTINCT a.name ORDER BY a.age", .undefinedVariable,
      "1:43: Variable `a` not defined"
    ),
    ("MATCH (a) WHERE (a)-->(b) RETURN a", .undefinedVariable, "1:24: Variable `b` not defined"),
    (
      "MATCH (a)-[r]->(b) UNWIND [1] AS r RETURN r", .variableAlreadyBound,
      "1:34: Variable `r` already declared"
    ),
    (
      "MATCH (a) CREATE (a:Exercise) RETURN a", .variableAlreadyBound,
      "1:19: Variable `a` already declared; refer to it as (a) only"
    ),
    (
      "MATCH (a)-[r]->(b) MERGE (a)-[r]->(b)", .variableAlreadyBound,
      "1:31: Variable `r` already declared"
    ),
    (
      "MATCH p = (a)--() MATCH p = ()--() RETURN p", .variableAlreadyBound,
      "1:25: Variable `p` already declared"
    ),
    (
      "MATCH (n) MATCH ()-[n]-() RETURN n", .variableTypeConflict,
      "1:21: Variable `n` is a node, not a relationship"
    ),
    (
      "MATCH ()-[r]-() MATCH (r) RETURN r", .variableTypeConflict,
      "1:24: Variable `r` is a relationship, not a node"
    ),
    (
      "RETURN *", .noVariablesInScope,
      "1:1: RETURN * is not allowed when there are no variables in scope"
    ),
    (
      "MATCH (a) WITH a.name RETURN 1", .noExpressionAlias,
      "1:16: Expression in WITH must be aliased (use AS)"
    ),
    (
      "RETURN 1 AS a, 2 AS a", .columnNameConflict,
      "1:16: Multiple result columns with the same name `a` are not supported"
    ),
    (
      "RETURN 1 AS a UNION RETURN 2 AS b", .differentColumnsInUnion,
      "1:21: All parts of a UNION must return the same columns"
    ),
    (
      "RETURN 1 AS a UNION RETURN 2 AS a UNION ALL RETURN 3 AS a", .invalidClauseComposition,
      "1:45: UNION and UNION ALL cannot be mixed in one query"
    ),
    ("MATCH (n)", .invalidClauseComposition, "1:1: A query cannot end with MATCH; add a RETURN"),
    (
      "MATCH (n) WHERE EXISTS { MATCH (n)-->(m) SET m.x = 1 } RETURN n", .invalidClauseComposition,
      "1:42: SET is not allowed inside an EXISTS or COUNT subquery"
    ),
    (
      "MATCH (a) WHERE count(a) > 10 RETURN a", .invalidAggregation,
      "1:17: Aggregation (count) is only allowed in WITH and RETURN"
    ),
    (
      "MATCH (n) RETURN n.x ORDER BY max(n.y)", .invalidAggregation,
      "1:31: ORDER BY cannot aggregate unless the projection does"
    ),
    (
      "MATCH (n) RETURN count(count(n))", .nestedAggregation,
      "1:24: Aggregate functions cannot be nested: count(…) contains another aggregate"
    ),
    (
      "MATCH (n) RETURN n LIMIT n.count", .nonConstantExpression,
      "1:26: LIMIT must be a constant expression, without variables"
    ),
    ("RETURN 1 SKIP -1", .negativeIntegerArgument, "1:15: SKIP cannot be negative: -1"),
    ("RETURN 1 LIMIT 1.5", .invalidArgumentType, "1:16: LIMIT must be an integer"),
    (
      "CREATE ()-[:T*2]->()", .creatingVarLength,
      "1:10: Variable-length relationships cannot be created"
    ),
    (
      "CREATE (a)-->(b)", .noSingleRelationshipType,
      "1:11: A relationship must have exactly one type to be created"
    ),
    (
      "MATCH (n) DELETE n:Person", .invalidDelete,
      "1:18: DELETE takes nodes, relationships or paths, not label expressions"
    ),
    ("RETURN frobnicate(1)", .unknownFunction, "1:8: Unknown function 'frobnicate'"),
    (
      "MATCH (n) RETURN (n)-->()", .unexpectedSyntax,
      "1:18: A pattern can only be used as a predicate in WHERE; use a pattern comprehension"
    ),
  ])
  func compileTimeErrorsAreTheTCKs(
    _ query: String, _ detail: SemanticError.Detail, _ description: String
  ) {
    let error = semanticError(query)
    #expect(error?.detail == detail)
    #expect(error?.description == description)
  }
}
