import CypherRuntime
import GraphModel
import GraphStore
import Testing

@testable import ExerciseKG

/// `QueryExecutor.forEachRow` hands rows out as they are made and computes none after the
/// caller stops: how `KnowledgeGraph.recommend` reads its ranked candidates only as far as the
/// list needs.
@Suite struct RowByRowTests {
  let graph: KnowledgeGraph
  init() throws { graph = try KnowledgeGraph(path: ":memory:") }

  /// The rows of `text` read until `body` returns false, in a read transaction or a write one.
  private func rows(
    _ text: String, writing: Bool = false, until body: @escaping ([Value]) -> Bool = { _ in true }
  ) throws -> [[Value]] {
    let query = try graph.preparedQuery(text, parameters: [:])
    var rows: [[Value]] = []
    let read = { (transaction: ReadTransaction) in
      try QueryExecutor.forEachRow(
        query, in: transaction, parameters: [:], limits: .interactive
      ) { row in
        rows.append(row)
        return body(row)
      }
    }
    if writing { try graph.store.write(read) } else { try graph.store.read(read) }
    return rows
  }

  @Test func rowsAfterTheLastTakenAreNeverComputed() throws {
    // The third row divides by zero: read in full, the query fails.
    let query = "UNWIND [1, 2, 0, 4] AS x RETURN 10 / x AS y"
    #expect(try rows(query) { $0 != [.integer(5)] } == [[.integer(10)], [.integer(5)]])
    #expect(throws: ExecutionError.self) { try rows(query) }
  }

  @Test func aQueryStoppedPartWayRunsInFullNextTime() throws {
    let query = "UNWIND [3, 1, 2, 1] AS x RETURN x ORDER BY x DESC"
    let all: [[Value]] = [[.integer(3)], [.integer(2)], [.integer(1)], [.integer(1)]]
    #expect(try rows(query) { _ in false } == [[.integer(3)]])
    #expect(try rows(query) == all)
    #expect(try graph.execute(query).result.rows == all)
  }

  @Test func unionLeavesOutDuplicatesAcrossItsParts() throws {
    let query = "UNWIND [1, 2] AS x RETURN x UNION UNWIND [2, 3] AS x RETURN x"
    #expect(try rows(query) == [[.integer(1)], [.integer(2)], [.integer(3)]])
  }

  @Test func aQueryThatWritesShowsTheGraphAsItLeftIt() throws {
    let made = try rows(
      "UNWIND [1, 2] AS x CREATE (n:Counter {value: x}) "
        + "WITH n MATCH (c:Counter) RETURN n.value AS made, count(c) AS seen", writing: true)
    #expect(Set(made) == [[.integer(1), .integer(2)], [.integer(2), .integer(2)]])
  }
}
