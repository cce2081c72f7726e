/// The two XML serialisations of OWL 2 that kg reads.
public enum OntologyFormat: String, Hashable, Sendable, Encodable {
  case owlXML = "OWL/XML"
  case rdfXML = "RDF/XML"
}

/// Reads an ontology document as a stream of axioms, whichever serialisation it is in.
///
/// The format is told by the root element (`owl:Ontology` or `rdf:RDF`), never by the file's
/// name. Axioms come out in document order, one top-level element's worth at a time, so memory
/// is bounded by one axiom (plus, for RDF/XML, the blank nodes described at the top level).
public final class OntologyReader {
  public let format: OntologyFormat
  /// The ontology's IRI (`ontologyIRI`, or the `xml:base` of an RDF/XML root), when it has one.
  public let ontologyIRI: String?
  /// The file or name the errors report.
  public var documentName: String { xml.input.name }

  private let xml: XMLStreamReader
  private var parser: any AxiomParser
  /// Axioms read and not handed out yet, from `nextBuffered` on.
  private var buffered: [Axiom] = []
  private var nextBuffered = 0
  private var finished = false

  /// Opens the ontology in the file at `path`.
  public convenience init(path: String, limits: ReaderLimits = ReaderLimits()) throws(ImportError) {
    try self.init(XMLStreamReader(.file(path), limits: limits))
  }

  /// Reads an ontology from `bytes`, reporting errors against `name`.
  public convenience init(bytes: [UInt8], name: String, limits: ReaderLimits = ReaderLimits())
    throws(ImportError)
  {
    try self.init(XMLStreamReader(.bytes(bytes, name: name), limits: limits))
  }

  private init(_ xml: XMLStreamReader) throws(ImportError) {
    self.xml = xml
    let root = try xml.root()
    switch root.name {
    case XMLName(namespace: XMLNamespace.owl, local: "Ontology"):
      format = .owlXML
      ontologyIRI = root.attribute("", "ontologyIRI")
      parser = OWLXMLParser(file: xml.input.name)
    case RDFVocabulary.root:
      format = .rdfXML
      ontologyIRI = root.base.flatMap { IRIResolution.isAbsolute($0) ? $0 : nil }
      parser = RDFXMLParser(file: xml.input.name)
    default:
      throw ImportError(
        .notAnOntology, file: xml.input.name, line: root.line,
        column: ElementColumn.locate(root.qualifiedName, line: root.line, in: xml.input),
        element: root.qualifiedName,
        message:
          "the root element is <\(root.qualifiedName)> in \(root.name.namespace.isEmpty ? "no namespace" : root.name.namespace); "
          + "an ontology's root is OWL/XML's <Ontology> or RDF/XML's <rdf:RDF>")
    }
  }

  /// The next axiom, or `nil` at the end of the document.
  public func next() throws(ImportError) -> Axiom? {
    do {
      return try nextAxiom()
    } catch {
      throw located(error)
    }
  }

  private func nextAxiom() throws(ImportError) -> Axiom? {
    while nextBuffered == buffered.count {
      guard !finished else { return nil }
      buffered.removeAll(keepingCapacity: true)
      nextBuffered = 0
      guard let element = try xml.nextChild() else {
        finished = true
        try parser.finish(into: &buffered)
        continue
      }
      try parser.read(element, into: &buffered)
    }
    defer { nextBuffered += 1 }
    return buffered[nextBuffered]
  }

  /// `error` with the column of its element, when only its line was known.
  private func located(_ error: ImportError) -> ImportError {
    guard error.column == 0, let element = error.element else { return error }
    let column = ElementColumn.locate(element, line: error.line, in: xml.input)
    return ImportError(
      error.kind, file: error.file, line: error.line, column: column, element: element,
      message: error.message)
  }

  /// Bytes of the document read so far.
  public var bytesRead: Int { xml.bytesConsumed }
}
