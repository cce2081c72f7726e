import ExerciseKG
import TestSupport
import Testing

/// `kg index`, run as the built binary.
@Suite struct IndexCommandTests {
  @Test func indexesAreCreatedListedUsedAndDropped() throws {
    let directory = try TemporaryDirectory()
    let db = directory.path("kg.sqlite")
    let graph = try KnowledgeGraph(path: db)
    try graph.execute("CREATE (:Exercise {name: 'Squat', instructions: 'Sit back and down.'})")
    func kg(_ arguments: String...) throws -> KGBinary.Outcome {
      try KGBinary.run(["index"] + arguments + ["--db", db])
    }
    #expect(try kg("create", "Exercise", "name").standardOutput == "created :Exercise(name)\n")
    let duplicate = try kg("create", "Exercise", "name")
    #expect(duplicate.status == 1)
    #expect(duplicate.standardError == "kg: index :Exercise(name) already exists\n")
    #expect(
      try kg("create", "--full-text", "text", "Exercise", "name", "instructions").status == 0)
    #expect(
      try kg("list").standardOutput
        == ":Exercise(name)\nfull-text text on :Exercise(name, instructions)\n")
    let plan = try KnowledgeGraph(path: db).execute(
      "EXPLAIN MATCH (e:Exercise {name: 'Squat'}) RETURN e")
    #expect(plan.plan?.contains("NodeIndexSeek(e:Exercise") == true)
    #expect(try kg("drop", "Exercise", "name").standardOutput == "dropped :Exercise(name)\n")
    #expect(try kg("drop", "--full-text", "text").status == 0)
    #expect(try kg("list").standardOutput == "")
    #expect(try kg("create", "Exercise", "name", "instructions").status == 2)
    #expect(try kg("drop", "Exercise").status == 2)
  }
}
