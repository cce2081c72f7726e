import ExerciseKG
import Foundation
import GraphModel
import OWLImport
import TestSupport
import Testing

/// Ontology import end to end: real fixtures parsed by libxml2 into real store files.
@Suite struct ImportTests {
  let directory = try! TemporaryDirectory()

  func graph(_ name: String = "kg.sqlite") throws -> KnowledgeGraph {
    try KnowledgeGraph(path: directory.path(name))
  }

  func value(_ graph: KnowledgeGraph, _ query: String) throws -> Value? {
    try graph.execute(query).result.rows.first?.first
  }

  @Test func bothSerialisationsGiveTheSameGraph() throws {
    let fromOWL = try graph("owl.sqlite")
    let fromRDF = try graph("rdf.sqlite")
    let owlReport = try fromOWL.importOntology(
      at: [ImportFixtures.path("gym.owx")], options: ImportFixtures.noMapping)
    let rdfReport = try fromRDF.importOntology(
      at: [ImportFixtures.path("gym.rdf")], options: ImportFixtures.noMapping)
    #expect(owlReport.documents.map(\.format) == [.owlXML])
    #expect(rdfReport.documents.map(\.format) == [.rdfXML])
    #expect(try ImportFixtures.snapshot(fromOWL) == ImportFixtures.snapshot(fromRDF))
    #expect(owlReport.changes.nodesCreated == 14)
    #expect(owlReport.changes.relationshipsCreated == 14)
    #expect(rdfReport.changes == owlReport.changes)
  }

  @Test func aDocumentInMemoryImportsAsItsFileDoes() throws {
    let fromFile = try graph("file.sqlite")
    let fromBytes = try graph("bytes.sqlite")
    _ = try fromFile.importOntology(
      at: [ImportFixtures.path("gym.rdf")], options: ImportFixtures.noMapping)
    let bytes = try [UInt8](
      Data(contentsOf: ImportFixtures.folder.appendingPathComponent("gym.rdf")))
    let report = try fromBytes.importOntology(
      bytes: bytes, name: "upload.rdf", options: ImportFixtures.noMapping)
    #expect(report.documents.map(\.file) == ["upload.rdf"])
    #expect(try ImportFixtures.snapshot(fromBytes) == ImportFixtures.snapshot(fromFile))
  }

  @Test func axiomsMapAsDocumented() throws {
    let graph = try graph()
    let report = try graph.importOntology(
      at: [ImportFixtures.path("gym.owx")], options: ImportFixtures.noMapping)
    let squat = try graph.execute(
      "MATCH (e:Exercise) RETURN e.name, e.labels, e.difficulty, e.loadFactor, e.compound, e.cue, e.comment"
    ).result.rows
    #expect(
      squat == [
        [
          "Back squat", ["Kniebeuge@de", "Back squat@en"], 2, 1.5, true, ["Chest up", "Knees out"],
          "The king of leg exercises.",
        ]
      ])
    let targets = try graph.execute(
      "MATCH (:Exercise)-[t:TARGETS]->(m:MuscleGroup) RETURN m.name, t.role ORDER BY m.name"
    ).result.rows
    #expect(targets == [["Glutes", nil], ["quadriceps", "primary"]])
    #expect(
      try value(graph, "MATCH (:Exercise)-[c:CONTRAINDICATED_FOR]->(:Condition) RETURN c.severity")
        == 2)
    #expect(
      try value(
        graph,
        "MATCH (:Class {name: 'Squat'})-[r:TARGETS]->(:Class {name: 'MuscleGroup'}) RETURN r.quantifier"
      ) == "some")
    #expect(
      try value(graph, "MATCH (:Class {name: 'Squat'})-[:SUBCLASS_OF*2]->(c:Class) RETURN c.name")
        == "Exercise")
    #expect(report.skipped["NegativeObjectPropertyAssertion"] == 1)
    #expect(report.skipped["TransitiveObjectProperty"] == 1)
    #expect(report.warnings.map(\.line) == [32])
    #expect(report.warnings.first?.message.contains("SubClassOf not flattened") == true)
  }

  @Test func reimportingTheSameDocumentChangesNothing() throws {
    let graph = try graph()
    _ = try graph.importOntology(
      at: [ImportFixtures.path("gym.owx")], options: ImportFixtures.noMapping)
    let before = try ImportFixtures.snapshot(graph)
    let again = try graph.importOntology(
      at: [ImportFixtures.path("gym.owx")], options: ImportFixtures.noMapping)
    #expect(again.changes.isUnchanged)
    #expect(try ImportFixtures.snapshot(graph) == before)
  }

  @Test func relationshipsStatedBeforeTheirEndpointsLabelsLeaveTheStoreConsistent() throws {
    let graph = try graph()
    let document = try ImportFixtures.write(
      Self.document(
        iri: "http://example.org/order",
        """
        <ObjectPropertyAssertion><ObjectProperty IRI="#targets"/><NamedIndividual IRI="#Row"/><NamedIndividual IRI="#Lats"/></ObjectPropertyAssertion>
        <ObjectPropertyAssertion><ObjectProperty IRI="#targets"/><NamedIndividual IRI="#Row"/><NamedIndividual IRI="#Lats"/></ObjectPropertyAssertion>
        <ClassAssertion><Class IRI="#MuscleGroup"/><NamedIndividual IRI="#Lats"/></ClassAssertion>
        <ClassAssertion><Class IRI="#Exercise"/><NamedIndividual IRI="#Row"/></ClassAssertion>
        """), "order.owx", in: directory)
    let report = try graph.importOntology(at: [document], options: ImportFixtures.noMapping)
    #expect(report.changes.relationshipsCreated == 1)
    #expect(try graph.checkIntegrity().problems == [])
    #expect(
      try value(graph, "MATCH (:Exercise)-[:TARGETS]->(m:MuscleGroup) RETURN m.name") == "Lats")
  }

  @Test func aDocumentLargerThanTheWriteBatchesImportsWhole() throws {
    // More created nodes and relationships than one write-ahead batch holds, with each muscle's
    // class stated only at the end, after relationships to it were written.
    let exercises = 5_000
    var axioms = (0..<exercises).map { index in
      """
      <ClassAssertion><Class IRI="#Exercise"/><NamedIndividual IRI="#e\(index)"/></ClassAssertion>
      <DataPropertyAssertion><DataProperty IRI="#level"/><NamedIndividual IRI="#e\(index)"/><Literal datatypeIRI="http://www.w3.org/2001/XMLSchema#integer">\(index % 3)</Literal></DataPropertyAssertion>
      <ObjectPropertyAssertion><ObjectProperty IRI="#targets"/><NamedIndividual IRI="#e\(index)"/><NamedIndividual IRI="#m\(index % 7)"/></ObjectPropertyAssertion>
      """
    }
    axioms += (0..<7).map {
      "<ClassAssertion><Class IRI=\"#MuscleGroup\"/><NamedIndividual IRI=\"#m\($0)\"/></ClassAssertion>"
    }
    let graph = try graph()
    let document = try ImportFixtures.write(
      Self.document(iri: "http://example.org/large", axioms.joined(separator: "\n")),
      "large.owx", in: directory)
    let report = try graph.importOntology(at: [document], options: ImportFixtures.noMapping)
    #expect(report.changes.nodesCreated == exercises + 7)
    #expect(report.changes.relationshipsCreated == exercises)
    #expect(try graph.checkIntegrity().problems == [])
    #expect(
      try value(graph, "MATCH (e:Exercise {level: 2})-[:TARGETS]->(:MuscleGroup) RETURN count(e)")
        == .integer(Int64((0..<exercises).filter { $0 % 3 == 2 }.count)))
    let again = try graph.importOntology(at: [document], options: ImportFixtures.noMapping)
    #expect(again.changes.isUnchanged)
  }

  @Test func aNewVersionReplacesWhatTheOldOneStatedAndNothingElse() throws {
    let graph = try graph()
    let version1 = try ImportFixtures.write(
      Self.document(
        iri: "http://example.org/plan",
        """
        <ClassAssertion><Class IRI="#Exercise"/><NamedIndividual IRI="#Row"/></ClassAssertion>
        <ClassAssertion><Class IRI="#Exercise"/><NamedIndividual IRI="#Dip"/></ClassAssertion>
        <DataPropertyAssertion><DataProperty IRI="#level"/><NamedIndividual IRI="#Row"/><Literal>beginner</Literal></DataPropertyAssertion>
        <ObjectPropertyAssertion><ObjectProperty IRI="#targets"/><NamedIndividual IRI="#Row"/><NamedIndividual IRI="#Lats"/></ObjectPropertyAssertion>
        <ObjectPropertyAssertion><ObjectProperty IRI="#targets"/><NamedIndividual IRI="#Dip"/><NamedIndividual IRI="#Triceps"/></ObjectPropertyAssertion>
        """), "plan.owx", in: directory)
    _ = try graph.importOntology(at: [version1], options: ImportFixtures.noMapping)
    _ = try graph.importOntology(
      at: [ImportFixtures.path("gym.owx")], options: ImportFixtures.noMapping)
    try graph.execute("CREATE (:Note {text: 'mine'})")
    let gymBefore = try ImportFixtures.snapshot(graph).filter { $0.contains("example.org/gym") }

    try ImportFixtures.write(
      Self.document(
        iri: "http://example.org/plan",
        """
        <ClassAssertion><Class IRI="#Exercise"/><NamedIndividual IRI="#Row"/></ClassAssertion>
        <DataPropertyAssertion><DataProperty IRI="#level"/><NamedIndividual IRI="#Row"/><Literal>intermediate</Literal></DataPropertyAssertion>
        <ObjectPropertyAssertion><ObjectProperty IRI="#targets"/><NamedIndividual IRI="#Row"/><NamedIndividual IRI="#MiddleBack"/></ObjectPropertyAssertion>
        """), "plan.owx", in: directory)
    let report = try graph.importOntology(at: [version1], options: ImportFixtures.noMapping)

    #expect(report.changes.nodesCreated == 1)  // MiddleBack
    #expect(report.changes.nodesRemoved == 3)  // Dip, Triceps, Lats
    #expect(report.changes.nodesUpdated == 1)  // Row's level
    #expect(report.changes.relationshipsCreated == 1)
    #expect(report.changes.relationshipsRemoved == 2)
    let row = try graph.execute(
      "MATCH (e:Exercise {name: 'Row'})-[:TARGETS]->(m) RETURN e.level, m.iri"
    ).result.rows
    #expect(row == [["intermediate", "http://example.org/plan#MiddleBack"]])
    #expect(try value(graph, "MATCH (n {name: 'Dip'}) RETURN count(n)") == 0)
    #expect(try value(graph, "MATCH (n:Note) RETURN n.text") == "mine")
    #expect(
      try ImportFixtures.snapshot(graph).filter { $0.contains("example.org/gym") } == gymBefore)
  }

  @Test func aNodeDeletedByAQueryComesBackOnReimport() throws {
    let graph = try graph()
    _ = try graph.importOntology(
      at: [ImportFixtures.path("gym.owx")], options: ImportFixtures.noMapping)
    let before = try ImportFixtures.snapshot(graph)
    try graph.execute("MATCH (e:Exercise) DETACH DELETE e")
    let report = try graph.importOntology(
      at: [ImportFixtures.path("gym.owx")], options: ImportFixtures.noMapping)
    #expect(report.changes.nodesCreated == 1)
    #expect(report.changes.relationshipsCreated == 3)
    #expect(try ImportFixtures.snapshot(graph) == before)
  }

  @Test func aDryRunReportsWithoutWriting() throws {
    let graph = try graph()
    var options = ImportFixtures.noMapping
    options.dryRun = true
    let report = try graph.importOntology(at: [ImportFixtures.path("gym.owx")], options: options)
    #expect(report.dryRun)
    #expect(report.changes.nodesCreated == 14)
    #expect(try ImportFixtures.snapshot(graph).isEmpty)
  }

  @Test func theMappingRenamesLabelsTypesAndKeys() throws {
    let graph = try graph()
    let mapping = OntologyMapping(
      labels: ["http://example.org/gym#Exercise": "Movement"],
      relationshipTypes: ["contraindicatedFor": "CONTRAINDICATED"],
      propertyKeys: ["difficulty": "level"])
    _ = try graph.importOntology(
      at: [ImportFixtures.path("gym.rdf")], options: ImportOptions(mapping: mapping))
    #expect(
      try value(graph, "MATCH (m:Movement)-[:CONTRAINDICATED]->(c) RETURN m.level") == 2)
  }

  @Test func aMappingFileWithUnknownFieldsIsRefused() throws {
    let path = try ImportFixtures.write(#"{"label": {}}"#, "mapping.json", in: directory)
    #expect(throws: ImportError.self) { try OntologyMapping(contentsOfFile: path) }
    let good = try ImportFixtures.write(
      #"{"relationshipTypes": {"partOf": "PART_OF"}}"#, "good.json", in: directory)
    #expect(
      try OntologyMapping(contentsOfFile: good).relationshipType(forProperty: "x#partOf")
        == "PART_OF")
  }

  @Test func importsAreFollowedThroughTheCatalogAndUnresolvedOnesReported() throws {
    let graph = try graph()
    try ImportFixtures.write(
      Self.document(
        iri: "http://example.org/muscles",
        """
        <ClassAssertion><Class IRI="#MuscleGroup"/><NamedIndividual IRI="#Lats"/></ClassAssertion>
        """), "muscles-v1.owx", in: directory)
    try ImportFixtures.write(
      """
      <?xml version="1.0"?>
      <catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog" prefer="public">
        <uri name="http://example.org/muscles" uri="muscles-v1.owx"/>
      </catalog>
      """, "catalog-v001.xml", in: directory)
    let main = try ImportFixtures.write(
      Self.document(
        iri: "http://example.org/main",
        """
        <Import>http://example.org/muscles</Import>
        <Import>http://example.org/nowhere</Import>
        <ClassAssertion><Class IRI="#Exercise"/><NamedIndividual IRI="#Row"/></ClassAssertion>
        """), "main.owx", in: directory)
    let report = try graph.importOntology(at: [main], options: ImportFixtures.noMapping)
    #expect(
      report.documents.map(\.source) == ["http://example.org/main", "http://example.org/muscles"])
    #expect(try value(graph, "MATCH (m:MuscleGroup) RETURN m.name") == "Lats")
    #expect(report.warnings.count == 1)
    #expect(report.warnings.first?.line == 4)
    #expect(report.warnings.first?.message.contains("http://example.org/nowhere") == true)
  }

  @Test func aPrefixAppliesFromItsDeclarationOn() throws {
    let graph = try graph()
    let document = try ImportFixtures.write(
      Self.document(
        iri: "http://example.org/prefixes",
        """
        <Prefix name="ex" IRI="http://example.org/a#"/>
        <ClassAssertion><Class abbreviatedIRI="ex:Exercise"/><NamedIndividual abbreviatedIRI="ex:Squat"/></ClassAssertion>
        <Prefix name="ex" IRI="http://example.org/b#"/>
        <ClassAssertion><Class abbreviatedIRI="ex:Exercise"/><NamedIndividual abbreviatedIRI="ex:Squat"/></ClassAssertion>
        """), "prefixes.owx", in: directory)
    _ = try graph.importOntology(at: [document], options: ImportFixtures.noMapping)
    let iris = try graph.execute("MATCH (e:Exercise) RETURN e.iri ORDER BY e.iri").result.rows
    #expect(iris == [["http://example.org/a#Squat"], ["http://example.org/b#Squat"]])
  }

  @Test func nestedXMLBaseAndLanguageApplyToTheirElementAndBelowOnly() throws {
    let graph = try graph()
    let document = try ImportFixtures.write(
      """
      <?xml version="1.0"?>
      <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
          xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#" xmlns:ex="http://example.org/gym#"
          xml:base="http://example.org/gym" xml:lang="en">
        <ex:Exercise rdf:about="#Squat"><rdfs:label>Squat</rdfs:label></ex:Exercise>
        <ex:Exercise rdf:about="#Row" xml:base="http://example.org/other/" xml:lang="de">
          <rdfs:label>Rudern</rdfs:label>
          <ex:requires xml:base="kit/" rdf:resource="bench"/>
        </ex:Exercise>
        <ex:Exercise rdf:about="#Plank" xml:lang=""><rdfs:label>Plank</rdfs:label></ex:Exercise>
      </rdf:RDF>
      """, "scopes.rdf", in: directory)
    _ = try graph.importOntology(at: [document], options: ImportFixtures.noMapping)
    let rows = try graph.execute(
      "MATCH (e:Exercise) OPTIONAL MATCH (e)-[:REQUIRES]->(k) RETURN e.iri, e.labels, k.iri ORDER BY e.iri"
    ).result.rows
    #expect(
      rows == [
        ["http://example.org/gym#Plank", ["Plank"], nil],
        ["http://example.org/gym#Squat", ["Squat@en"], nil],
        ["http://example.org/other/#Row", ["Rudern@de"], "http://example.org/other/kit/bench"],
      ])
  }

  /// An OWL/XML document with `body` as its axioms, its IRIs relative to `iri`.
  static func document(iri: String, _ body: String) -> String {
    """
    <?xml version="1.0"?>
    <Ontology xmlns="http://www.w3.org/2002/07/owl#" xml:base="\(iri)" ontologyIRI="\(iri)">
    \(body)
    </Ontology>
    """
  }
}
