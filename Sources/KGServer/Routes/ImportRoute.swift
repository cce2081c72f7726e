import ExerciseKG
import Hummingbird
import OWLImport

/// `POST /v1/import`: an OWL/XML or RDF/XML document as the body (`application/owl+xml`,
/// `application/rdf+xml` or `application/xml`), imported in one transaction with the bundled
/// mapping (`ontology/mapping.json`); the answer is the import report. `Import` axioms are not
/// followed: an upload cannot reach the server's files. `?source=NAME` names the document (its
/// facts are replaced by the next import under the same name, when the document has no ontology
/// IRI); `?dryRun=true` reports without writing.
enum ImportRoute {
  static let mediaTypes = [
    "application/owl+xml", "application/rdf+xml", "application/xml", "text/xml",
  ]

  static func register(on endpoints: Endpoints, graph: KnowledgeGraph) {
    let (graphWork, limit) = (endpoints.graphWork, endpoints.configuration.maximumImportBytes)
    endpoints.add(
      "/v1/import",
      [
        .post: { request, _ in
          try request.requireMediaType(in: mediaTypes)
          let bytes = try await request.bodyBytes(upTo: limit)
          let query = request.uri.queryParameters
          let name = query.get("source") ?? "upload"
          let options = ImportOptions(
            mapping: try OntologyMapping(contentsOfFile: BundledOntology.mappingPath),
            dryRun: query.get("dryRun") == "true", followsImports: false)
          let report = try await graphWork.run("import") {
            try graph.importOntology(
              bytes: Array(bytes.readableBytesView), name: name, options: options)
          }
          return try JSONResponse.make(report)
        }
      ])
  }
}
