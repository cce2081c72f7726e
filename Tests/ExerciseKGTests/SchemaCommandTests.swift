import ExerciseKG
import GraphModel
import TestSupport
import Testing

/// `CREATE INDEX ON :Label(key)` and `DROP INDEX ON :Label(key)` through `execute`.
@Suite struct SchemaCommandTests {
  let directory = try! TemporaryDirectory()

  private func plan(_ graph: KnowledgeGraph, _ query: String) throws -> String {
    try graph.execute("EXPLAIN " + query).plan ?? ""
  }

  private func detail(_ error: any Error) -> String? { (error as? QueryError)?.detail }

  @Test func anIndexMadeByCypherIsUsedUntilCypherDropsIt() throws {
    let graph = try KnowledgeGraph(path: directory.path("kg.sqlite"))
    try graph.execute("UNWIND range(1, 50) AS i CREATE (:P {k: i})")
    let query = "MATCH (p:P {k: 7}) RETURN p.k"
    #expect(try !plan(graph, query).contains("NodeIndexSeek"))

    let measured = QueryOptions(measuresChanges: true)
    let created = try graph.execute("create index on :P(k);", options: measured)
    #expect(created.changes?.indexesAdded == 1 && created.result.rows.isEmpty)
    #expect(try plan(graph, query).contains("NodeIndexSeek(p:P {k: 7})"))
    #expect(try graph.execute(query).result.rows == [[.integer(7)]])
    #expect(try graph.statistics().propertyIndexes.map(\.description) == [":P(k)"])
    #expect { try graph.execute("CREATE INDEX ON :`P`(`k`)") } throws: {
      detail($0) == "IndexAlreadyExists"
    }

    let dropped = try graph.execute("DROP INDEX ON :P(k)", options: measured)
    #expect(dropped.changes?.indexesRemoved == 1)
    #expect(try !plan(graph, query).contains("NodeIndexSeek"))
    #expect(try graph.execute(query).result.rows == [[.integer(7)]])
    #expect { try graph.execute("DROP INDEX ON :P(k)") } throws: { detail($0) == "IndexNotFound" }
  }

  @Test func aSchemaCommandIsAWriteAndParsedLikeAQuery() throws {
    let graph = try KnowledgeGraph(path: directory.path("kg.sqlite"))
    #expect {
      try graph.execute("CREATE INDEX ON :P(k)", options: QueryOptions(readOnly: true))
    } throws: { detail($0) == "WriteInReadOnly" }
    #expect(try graph.statistics().propertyIndexes.isEmpty)
    #expect { try graph.execute("CREATE INDEX ON :P(k") } throws: { error in
      let error = error as? QueryError
      return error?.type == "SyntaxError" && error?.span?.column == 21
    }
    // A shell completes the commands' words; `INDEX` is still a label or a variable elsewhere.
    #expect(Set(["INDEX", "DROP", "ON"]).isSubset(of: CypherLanguage.keywords))
    #expect(try graph.execute("CREATE (index:INDEX) RETURN labels(index)").result.rows.count == 1)
  }
}
