import ExerciseKG
import Foundation
import GraphModel
import OWLImport
import TestSupport
import Testing

/// Bad and hostile ontology documents: each is refused with a clear error, file and line, and
/// the graph stays exactly as it was.
@Suite struct ImportErrorTests {
  let directory = try! TemporaryDirectory()

  /// Imports `text` into a graph that already holds the gym fixture, expecting `kind`; checks
  /// the graph is unchanged.
  func expectRefusal(
    _ text: String, named name: String = "bad.owx", _ kind: ImportError.Kind,
    line: Int? = nil, column: Int? = nil, mentioning words: String? = nil
  ) throws {
    let graph = try KnowledgeGraph(path: directory.path("kg.sqlite"))
    _ = try graph.importOntology(
      at: [ImportFixtures.path("gym.owx")], options: ImportFixtures.noMapping)
    let before = try ImportFixtures.snapshot(graph)
    let path = try ImportFixtures.write(text, name, in: directory)
    do {
      _ = try graph.importOntology(at: [path], options: ImportFixtures.noMapping)
      Issue.record("the import of \(name) was not refused")
    } catch let error as ImportError {
      #expect(error.kind == kind, "\(error)")
      #expect(error.file == path)
      if let line { #expect(error.line == line, "\(error)") }
      if let column { #expect(error.column == column, "\(error)") }
      if let words { #expect(error.message.contains(words), "\(error)") }
    }
    #expect(try ImportFixtures.snapshot(graph) == before)
  }

  @Test func externalEntitiesAreRefused() throws {
    try expectRefusal(
      """
      <?xml version="1.0"?>
      <!DOCTYPE Ontology [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
      <Ontology xmlns="http://www.w3.org/2002/07/owl#" ontologyIRI="http://example.org/x">
      <AnnotationAssertion><AnnotationProperty IRI="http://www.w3.org/2000/01/rdf-schema#label"/>
      <IRI>http://example.org/x#a</IRI><Literal>&xxe;</Literal></AnnotationAssertion>
      </Ontology>
      """, .externalEntity, line: 3, mentioning: "file:///etc/passwd")
  }

  @Test func externalParameterEntitiesAndDTDsAreRefused() throws {
    try expectRefusal(
      """
      <?xml version="1.0"?>
      <!DOCTYPE Ontology [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>
      <Ontology xmlns="http://www.w3.org/2002/07/owl#"/>
      """, .externalEntity, mentioning: "remote")
    try expectRefusal(
      """
      <?xml version="1.0"?>
      <!DOCTYPE rdf:RDF SYSTEM "http://127.0.0.1:9/evil.dtd">
      <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>
      """, .externalEntity, mentioning: "external DTD")
  }

  @Test func entityBombsAreRefused() throws {
    var declarations = #"<!ENTITY a0 "lollollollollollollollollollollollollollollollollollollol">"#
    for level in 1...9 {
      declarations +=
        "\n<!ENTITY a\(level) \"" + String(repeating: "&a\(level - 1);", count: 10)
        + "\">"
    }
    try expectRefusal(
      """
      <?xml version="1.0"?>
      <!DOCTYPE Ontology [\(declarations)]>
      <Ontology xmlns="http://www.w3.org/2002/07/owl#">
      <AnnotationAssertion><AnnotationProperty IRI="http://www.w3.org/2000/01/rdf-schema#label"/>
      <IRI>http://example.org/x#a</IRI><Literal>&a9;</Literal></AnnotationAssertion>
      </Ontology>
      """, .entityExpansion)
  }

  @Test func deepNestingIsRefused() throws {
    let depth = 500
    try expectRefusal(
      """
      <?xml version="1.0"?>
      <Ontology xmlns="http://www.w3.org/2002/07/owl#"><SubClassOf><Class IRI="http://x#A"/>
      \(String(repeating: "<ObjectComplementOf>", count: depth))<Class IRI="http://x#B"/>\(String(repeating: "</ObjectComplementOf>", count: depth))
      </SubClassOf></Ontology>
      """, .nestingTooDeep, line: 3)
  }

  @Test func aRootThatIsNoOntologyIsRefused() throws {
    try expectRefusal(
      "<?xml version=\"1.0\"?>\n<html><body>not an ontology</body></html>\n", .notAnOntology,
      line: 2, column: 1, mentioning: "<html>")
  }

  @Test func malformedXMLHalfwayLeavesTheGraphUnchanged() throws {
    var axioms = ""
    for index in 0..<500 {
      axioms += """
        <ClassAssertion><Class IRI="http://x#Exercise"/><NamedIndividual IRI="http://x#e\(index)"/></ClassAssertion>\n
        """
    }
    try expectRefusal(
      """
      <?xml version="1.0"?>
      <Ontology xmlns="http://www.w3.org/2002/07/owl#">
      \(axioms)<Declaration><Class IRI="http://x#Broken"/>
      </Ontology>
      """, .malformedXML, line: 504, mentioning: "mismatch")
  }

  @Test func aLiteralOfTheWrongDatatypeIsRefusedWithItsLine() throws {
    try expectRefusal(
      """
      <?xml version="1.0"?>
      <Ontology xmlns="http://www.w3.org/2002/07/owl#">
      <DataPropertyAssertion><DataProperty IRI="http://x#sets"/><NamedIndividual IRI="http://x#a"/>
        <Literal datatypeIRI="http://www.w3.org/2001/XMLSchema#integer">ten</Literal>
      </DataPropertyAssertion>
      </Ontology>
      """, .invalidLiteral, line: 4, column: 3, mentioning: "\"ten\"")
  }

  @Test func anUnknownOWLElementIsRefusedWithItsLine() throws {
    try expectRefusal(
      """
      <?xml version="1.0"?>
      <Ontology xmlns="http://www.w3.org/2002/07/owl#">
      <Declaration><Class IRI="http://x#A"/></Declaration>
      <SubClassOfTypo><Class IRI="http://x#A"/><Class IRI="http://x#B"/></SubClassOfTypo>
      </Ontology>
      """, .invalidOntology, line: 4, column: 1, mentioning: "SubClassOfTypo")
  }

  @Test func theFormatIsToldByTheRootNotTheFileName() throws {
    let rdf = try String(contentsOfFile: ImportFixtures.path("gym.rdf"), encoding: .utf8)
    let path = try ImportFixtures.write(rdf, "actually-rdf.owx", in: directory)
    let graph = try KnowledgeGraph(path: directory.path("kg.sqlite"))
    let report = try graph.importOntology(at: [path], options: ImportFixtures.noMapping)
    #expect(report.documents.map(\.format) == [.rdfXML])
    #expect(report.changes.nodesCreated == 14)
  }

  @Test func aFolderIsRefusedAsUnreadable() throws {
    let folder = directory.path("not-a-file.owx")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let graph = try KnowledgeGraph(path: directory.path("kg.sqlite"))
    #expect {
      _ = try graph.importOntology(at: [folder], options: ImportFixtures.noMapping)
    } throws: { error in
      (error as? ImportError)?.kind == .unreadable && (error as? ImportError)?.file == folder
    }
  }

  @Test func errorsReadAsFileLineAndColumn() {
    let error = ImportError(
      .malformedXML, file: "a.owx", line: 3, column: 7, message: "Opening and ending tag mismatch")
    #expect(error.description == "a.owx:3:7: Opening and ending tag mismatch")
  }
}
