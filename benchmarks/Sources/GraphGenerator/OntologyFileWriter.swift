import Foundation
import GraphModel

/// Writes a generated graph as an ontology file, in OWL/XML or RDF/XML, for the import
/// benchmark: nodes become individuals of their label's class named by `rdfs:label`,
/// relationships become object property assertions whose properties are axiom annotations.
public final class OntologyFileWriter {
  public enum Format: String, Sendable {
    case owlXML = "owx"
    case rdfXML = "rdf"
  }

  public static let base = "http://example.org/kg-bench"

  private let format: Format
  private let handle: FileHandle
  private var buffer: [UInt8] = []
  private var nextNode: Int64 = 0
  /// Axioms written: what an OWL reader should count.
  public private(set) var axioms = 0

  public init(path: String, format: Format) throws {
    guard FileManager.default.createFile(atPath: path, contents: nil) else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
    }
    handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    self.format = format
    buffer.reserveCapacity(1 << 20)
    switch format {
    case .owlXML:
      write(
        """
        <?xml version="1.0"?>
        <Ontology xmlns="http://www.w3.org/2002/07/owl#" xml:base="\(Self.base)" ontologyIRI="\(Self.base)">
        <Prefix name="" IRI="\(Self.base)#"/>
        <Prefix name="rdfs" IRI="http://www.w3.org/2000/01/rdf-schema#"/>

        """)
    case .rdfXML:
      write(
        """
        <?xml version="1.0"?>
        <rdf:RDF xmlns="\(Self.base)#" xml:base="\(Self.base)"
          xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
          xmlns:owl="http://www.w3.org/2002/07/owl#"
          xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#">
        <owl:Ontology rdf:about="\(Self.base)"/>

        """)
    }
  }

  /// The sink the generator writes into.
  public var sink: ExerciseGraphGenerator.Sink {
    .init(
      addNode: { [unowned self] labels, properties in
        addNode(labels.first ?? "Thing", properties)
      },
      addRelationship: { [unowned self] start, end, type, properties in
        addRelationship(start, end, type, properties)
      })
  }

  /// Ends the document and closes the file.
  public func finish() throws {
    write(format == .owlXML ? "</Ontology>\n" : "</rdf:RDF>\n")
    try flush()
    try handle.close()
  }

  private func addNode(_ label: String, _ properties: [String: Value]) -> NodeID {
    nextNode += 1
    let name = escaped(properties["name"]?.stringValue ?? "n\(nextNode)")
    axioms += 2
    switch format {
    case .owlXML:
      write(
        """
        <ClassAssertion><Class abbreviatedIRI=":\(label)"/><NamedIndividual abbreviatedIRI=":n\(nextNode)"/></ClassAssertion>
        <AnnotationAssertion><AnnotationProperty abbreviatedIRI="rdfs:label"/><AbbreviatedIRI>:n\(nextNode)</AbbreviatedIRI><Literal>\(name)</Literal></AnnotationAssertion>

        """)
    case .rdfXML:
      write("<\(label) rdf:about=\"#n\(nextNode)\"><rdfs:label>\(name)</rdfs:label></\(label)>\n")
    }
    return NodeID(nextNode)
  }

  private func addRelationship(
    _ start: NodeID, _ end: NodeID, _ type: String, _ properties: [String: Value]
  ) {
    axioms += 1
    let property = type.lowercased()
    switch format {
    case .owlXML:
      let annotations = properties.sorted { $0.key < $1.key }.map { key, value in
        "<Annotation><AnnotationProperty abbreviatedIRI=\":\(key)\"/>\(literal(value))</Annotation>"
      }.joined()
      write(
        """
        <ObjectPropertyAssertion>\(annotations)<ObjectProperty abbreviatedIRI=":\(property)"/><NamedIndividual abbreviatedIRI=":n\(start.rawValue)"/><NamedIndividual abbreviatedIRI=":n\(end.rawValue)"/></ObjectPropertyAssertion>

        """)
    case .rdfXML:
      write(
        "<rdf:Description rdf:about=\"#n\(start.rawValue)\"><\(property) rdf:resource=\"#n\(end.rawValue)\"/></rdf:Description>\n"
      )
      guard !properties.isEmpty else { return }
      let annotations = properties.sorted { $0.key < $1.key }.map { key, value in
        rdfLiteral(key, value)
      }.joined()
      write(
        """
        <owl:Axiom><owl:annotatedSource rdf:resource="#n\(start.rawValue)"/><owl:annotatedProperty rdf:resource="#\(property)"/><owl:annotatedTarget rdf:resource="#n\(end.rawValue)"/>\(annotations)</owl:Axiom>

        """)
    }
  }

  private func literal(_ value: Value) -> String {
    let (datatype, text) = typed(value)
    return "<Literal\(datatype.map { " datatypeIRI=\"\($0)\"" } ?? "")>\(text)</Literal>"
  }

  private func rdfLiteral(_ key: String, _ value: Value) -> String {
    let (datatype, text) = typed(value)
    return "<\(key)\(datatype.map { " rdf:datatype=\"\($0)\"" } ?? "")>\(text)</\(key)>"
  }

  /// A property value's XSD datatype (none for a string) and escaped lexical form.
  private func typed(_ value: Value) -> (datatype: String?, text: String) {
    let xsd = "http://www.w3.org/2001/XMLSchema#"
    return switch value {
    case .integer(let number): (xsd + "integer", "\(number)")
    case .float(let number): (xsd + "decimal", "\(number)")
    default: (nil, escaped(value.stringValue ?? ""))
    }
  }

  private func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
  }

  private func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 20 { try? flush() }
  }

  private func flush() throws {
    try handle.write(contentsOf: buffer)
    buffer.removeAll(keepingCapacity: true)
  }
}
