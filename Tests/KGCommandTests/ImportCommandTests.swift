import Foundation
import TestSupport
import Testing

/// `kg import` as a person runs it: the built binary on real files.
@Suite struct ImportCommandTests {
  let directory = try! TemporaryDirectory()

  private func path(_ name: String) -> String { directory.path(name) }

  private func write(_ text: String, _ name: String) throws -> String {
    try text.write(toFile: path(name), atomically: true, encoding: .utf8)
    return path(name)
  }

  private let ontology = """
    <?xml version="1.0"?>
    <Ontology xmlns="http://www.w3.org/2002/07/owl#" ontologyIRI="http://example.org/gym">
    <ClassAssertion><Class IRI="http://example.org/gym#Exercise"/><NamedIndividual IRI="http://example.org/gym#Squat"/></ClassAssertion>
    <ObjectPropertyAssertion><ObjectProperty IRI="http://example.org/gym#partOf"/>
      <NamedIndividual IRI="http://example.org/gym#Quadriceps"/><NamedIndividual IRI="http://example.org/gym#Legs"/></ObjectPropertyAssertion>
    </Ontology>
    """

  /// An OWL/XML document of `count` exercises, about 250 bytes each.
  private func largeOntology(exercises count: Int) -> String {
    let base = "http://example.org/large#"
    let assertions = (1...count).map { number in
      "<ClassAssertion><Class IRI=\"\(base)Exercise\"/>"
        + "<NamedIndividual IRI=\"\(base)exercise\(number)\"/></ClassAssertion>\n"
        + "<DataPropertyAssertion><DataProperty IRI=\"\(base)level\"/>"
        + "<NamedIndividual IRI=\"\(base)exercise\(number)\"/><Literal>beginner</Literal>"
        + "</DataPropertyAssertion>\n"
    }
    return """
      <?xml version="1.0"?>
      <Ontology xmlns="http://www.w3.org/2002/07/owl#" ontologyIRI="http://example.org/large">
      \(assertions.joined())</Ontology>
      """
  }

  @Test func aLargeFileShowsAProgressBarOnATerminalAndNoneWhenPiped() throws {
    let file = try write(largeOntology(exercises: 5000), "large.owx")
    let terminal = try PseudoTerminal(["import", "--db", path("terminal.sqlite"), file])
    let shown = try terminal.waitFor("nodes: 5000 created")
    #expect(shown.contains("large.owx  █") && shown.contains("%  "))
    // The bar's line is erased, and the report written over it.
    #expect(shown.contains(" axiomsimported \(file)"))
    #expect(try terminal.waitForExit() == 0)

    let piped = try KGBinary.run(["import", "--db", path("piped.sqlite"), file])
    #expect(piped.status == 0)
    #expect(piped.standardError.isEmpty)
    #expect(piped.standardOutput.contains("nodes: 5000 created"))
  }

  @Test func importPrintsTheReportAndAgainChangesNothing() throws {
    let file = try write(ontology, "gym.owx")
    let first = try KGBinary.run(["import", "--db", path("kg.sqlite"), file])
    #expect(first.status == 0, "\(first.standardError)")
    #expect(first.standardOutput.contains("(OWL/XML, 2 axioms"))
    #expect(first.standardOutput.contains("nodes: 3 created, 0 updated, 0 removed"))
    #expect(first.standardOutput.contains("relationships: 1 created"))
    let again = try KGBinary.run(["import", "--db", path("kg.sqlite"), file])
    #expect(again.standardOutput.contains("nodes: 0 created, 0 updated, 0 removed"))
    let query = try KGBinary.run([
      "query", "--db", path("kg.sqlite"), "--format", "json",
      "MATCH (a)-[:PART_OF]->(b) RETURN a.name, b.name",
    ])
    #expect(query.standardOutput.contains("Quadriceps") && query.standardOutput.contains("Legs"))
  }

  @Test func aDryRunWritesNothing() throws {
    let file = try write(ontology, "gym.owx")
    let run = try KGBinary.run(["import", "--dry-run", "--db", path("kg.sqlite"), file])
    #expect(run.status == 0)
    #expect(run.standardOutput.contains("dry run: nothing was written"))
    let stats = try KGBinary.run(["stats", "--db", path("kg.sqlite")])
    #expect(stats.standardOutput.hasPrefix("nodes: 0\n"))
  }

  @Test func aBrokenFileExitsOneWithFileAndLine() throws {
    let file = try write(
      "<?xml version=\"1.0\"?>\n<Ontology xmlns=\"http://www.w3.org/2002/07/owl#\">\n<Declaration>\n</Ontology>\n",
      "broken.owx")
    let run = try KGBinary.run(["import", "--db", path("kg.sqlite"), file])
    #expect(run.status == 1)
    #expect(run.standardError.hasPrefix("kg: \(file):4:"), "\(run.standardError)")
  }

  @Test func withNoFileTheBundledOntologyIsImported() throws {
    let run = try KGBinary.run(["import", "--db", path("kg.sqlite")])
    #expect(run.status == 0, "\(run.standardError)")
    #expect(run.standardOutput.contains("exercises.owx (OWL/XML"))
    let stats = try KGBinary.run(["stats", "--db", path("kg.sqlite")])
    #expect(stats.standardOutput.contains(":Exercise 873"))
  }
}
