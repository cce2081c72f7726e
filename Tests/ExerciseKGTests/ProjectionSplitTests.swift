import ExerciseKG
import GraphModel
import TestSupport
import Testing

/// A projection split around the filter after it (`ProjectionSplit`) answers as the whole
/// projection does; `SKIP 0` between the two keeps a projection whole, for comparison.
@Suite struct ProjectionSplitTests {
  let directory: TemporaryDirectory
  let graph: KnowledgeGraph

  init() throws {
    directory = try TemporaryDirectory()
    graph = try KnowledgeGraph(path: directory.path("split.sqlite"))
    try graph.execute(
      """
      UNWIND range(1, 12) AS i
      CREATE (:Item {name: 'item ' + i, size: i % 5, weight: i * 1.5})
      """)
  }

  @Test func theRowsKeptAndTheirValuesAreTheSame() throws {
    for (items, predicate) in [
      ("n.size AS size, n.weight * 2 AS double, n.name AS name", "size > 1"),
      ("n.name AS name, n, [x IN range(1, n.size) | x * n.weight] AS parts", "n.weight < 9"),
      ("n.size AS size, n.weight AS weight, n.name AS name", "size > 1 AND weight > size"),
    ] {
      let split = try graph.execute(
        "MATCH (n:Item) WITH \(items) WHERE \(predicate) RETURN * ORDER BY name"
      ).result
      let whole = try graph.execute(
        "MATCH (n:Item) WITH \(items) SKIP 0 WHERE \(predicate) RETURN * ORDER BY name"
      ).result
      #expect(split.rows == whole.rows, "\(items) WHERE \(predicate)")
      #expect(!split.rows.isEmpty && split.rows.count < 12, "\(items) WHERE \(predicate)")
    }
  }

  @Test func anItemReadingANameTheFilterNeedsSeesTheValueComingIn() throws {
    let rows = try graph.execute(
      "MATCH (n:Item) WITH n.name AS n, n AS node WHERE n = 'item 3' RETURN n, node.size AS size"
    ).result.rows
    #expect(rows == [["item 3", 3]])
  }
}
