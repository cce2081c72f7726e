import ExerciseKG
import Hummingbird
import HummingbirdTesting
import KGServer
import Testing

/// `POST /v1/import`: an ontology body in, the import report out.
@Suite struct ImportRouteTests {
  static let ontology = """
    <?xml version="1.0"?>
    <Ontology xmlns="http://www.w3.org/2002/07/owl#" ontologyIRI="http://example.org/grip">
      <Declaration><NamedIndividual IRI="http://example.org/grip#FarmersWalk"/></Declaration>
      <ClassAssertion><Class IRI="http://example.org/grip#Exercise"/>
        <NamedIndividual IRI="http://example.org/grip#FarmersWalk"/></ClassAssertion>
      <AnnotationAssertion>
        <AnnotationProperty IRI="http://www.w3.org/2000/01/rdf-schema#label"/>
        <IRI>http://example.org/grip#FarmersWalk</IRI><Literal>Farmer's walk</Literal>
      </AnnotationAssertion>
    </Ontology>
    """

  func importing(
    _ client: some TestClientProtocol, _ body: String, query: String = "",
    type: String = "application/owl+xml", token: String? = AccessTests.writer
  ) async throws -> TestResponse {
    try await client.send(
      .post, "/v1/import" + query, json: body, contentType: type, token: token)
  }

  @Test func aDryRunReportsAndTheImportWritesOnce() async throws {
    let graph = try KnowledgeGraph(path: ":memory:")
    try await API.test(graph: graph, configuration: EditRouteTests.configuration) { client in
      let dry = try await importing(client, Self.ontology, query: "?dryRun=true")
      #expect(dry.status == .ok)
      #expect(try dry.object["dryRun"] as? Bool == true)
      #expect(try graph.statistics().nodes == 0)

      let first = try await importing(client, Self.ontology)
      let changes = try #require(try first.object["changes"] as? [String: Int])
      #expect(changes["nodesCreated"] == 1)
      let documents = try #require(try first.object["documents"] as? [[String: Any]])
      #expect(documents.first?["format"] as? String == "OWL/XML")

      let again = try await importing(client, Self.ontology)
      #expect(try again.object["changes"] as? [String: Int] == changes.mapValues { _ in 0 })
    }
    #expect(
      try graph.execute("MATCH (e:Exercise) RETURN e.name").result.rows == [["Farmer's walk"]])
  }

  @Test func hostileOrMalformedDocumentsAreRefusedAndChangeNothing() async throws {
    let graph = try KnowledgeGraph(path: ":memory:")
    try await API.test(graph: graph, configuration: EditRouteTests.configuration) { client in
      let xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE Ontology [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <Ontology xmlns="http://www.w3.org/2002/07/owl#" ontologyIRI="http://example.org/x">
        <Declaration><NamedIndividual IRI="http://example.org/x#a"/></Declaration>
        <AnnotationAssertion><AnnotationProperty IRI="http://www.w3.org/2000/01/rdf-schema#label"/>
        <IRI>http://example.org/x#a</IRI><Literal>&xxe;</Literal></AnnotationAssertion>
        </Ontology>
        """
      let refused = try await importing(client, xxe)
      try refused.expectProblem(.unprocessableContent, "invalid-ontology")
      #expect(try refused.object["code"] as? String == "externalEntity")
      #expect(try refused.object["line"] as? Int == 3)

      let broken = try await importing(
        client, Self.ontology.replacingOccurrences(of: "</Ontology>", with: ""))
      try broken.expectProblem(.unprocessableContent, "invalid-ontology")
      #expect(try broken.object["code"] as? String == "malformedXML")

      try await importing(client, Self.ontology, type: "application/json")
        .expectProblem(.unsupportedMediaType, "unsupported-media-type")
      try await importing(client, Self.ontology, token: nil)
        .expectProblem(.unauthorized, "unauthorized")
    }
    #expect(try graph.statistics().nodes == 0)
  }
}
