import Foundation
import TestSupport
import Testing

/// `kg export` and `kg import` of what it wrote, as the built binary.
@Suite struct ExportCommandTests {
  let directory = try! TemporaryDirectory()

  @Test func anExportedGraphImportsIntoANewStoreUnchanged() throws {
    let source = directory.path("source.sqlite")
    let copy = directory.path("copy.sqlite")
    let file = directory.path("graph.jsonl")
    _ = try KGBinary.run(
      ["query", "--db", source, "CREATE (:A {x: 1.0})-[:R {w: [1, 2]}]->(:B {s: 'é'})"])
    #expect(
      try KGBinary.run(["export", "--db", source, "--format", "jsonl", "-o", file]).status == 0)
    let imported = try KGBinary.run(["import", "--db", copy, file])
    #expect(imported.standardOutput == "created 2 nodes, 1 relationships\n")
    let again = try KGBinary.run(["export", "--db", copy, "--format", "jsonl"])
    #expect(again.standardOutput == (try String(contentsOfFile: file, encoding: .utf8)))
    #expect(try KGBinary.run(["import", "--db", copy, "--dry-run", file]).status == 2)
  }
}
