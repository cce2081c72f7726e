/// Turns one node element of an RDF/XML document, with everything nested in it, into triples,
/// following the RDF 1.1 XML syntax: `rdf:Description` and typed nodes; `rdf:about`, `rdf:ID`,
/// `rdf:nodeID` and `rdf:resource`; property attributes; `rdf:parseType` `Resource`,
/// `Collection` and `Literal`; `rdf:datatype` and `xml:lang`.
struct RDFXMLTriples {
  let file: String
  private var blankCounter = 0
  private(set) var triples: [RDFTriple] = []
  /// References resolved against `resolvedBase`, remembered: a document refers to the same
  /// nodes over and over.
  private var resolvedReferences = RememberedNames()
  private var resolvedBase: String?

  init(file: String) { self.file = file }

  /// Reads a top-level node element, appending its triples.
  /// - Returns: the subject it describes.
  @discardableResult
  mutating func read(nodeElement element: XMLElement) throws(ImportError) -> String {
    let subject = try subject(of: element)
    if element.name != RDFVocabulary.description {
      add(subject, RDFVocabulary.type, .iri(element.name.iri), element.line)
    }
    try readPropertyAttributes(of: element, subject: subject)
    var index = 0
    for child in element.children {
      index += 1
      try readProperty(child, subject: subject, index: index)
    }
    return subject
  }

  /// Removes and returns the triples read so far.
  mutating func take() -> [RDFTriple] {
    defer { triples = [] }
    return triples
  }

  // MARK: Nodes

  private mutating func subject(of element: XMLElement) throws(ImportError) -> String {
    if let about = element.attribute(XMLNamespace.rdf, "about") {
      return resolved(about, element)
    }
    if let id = element.attribute(XMLNamespace.rdf, "ID") { return resolved("#" + id, element) }
    if let node = element.attribute(XMLNamespace.rdf, "nodeID") { return "_:" + node }
    return freshBlank()
  }

  private mutating func readPropertyAttributes(of element: XMLElement, subject: String)
    throws(ImportError)
  {
    for attribute in element.attributes {
      let name = attribute.name
      if name.namespace == XMLNamespace.xml || name.namespace.isEmpty { continue }
      if name.namespace == XMLNamespace.rdf {
        if name.local == "type" {
          add(subject, RDFVocabulary.type, .iri(resolved(attribute.value, element)), element.line)
        }
        continue
      }
      add(
        subject, name.iri, .literal(Literal(attribute.value, language: element.language)),
        element.line)
    }
  }

  // MARK: Properties

  private mutating func readProperty(_ element: XMLElement, subject: String, index: Int)
    throws(ImportError)
  {
    let predicate =
      element.name == RDFVocabulary.listItem
      ? XMLNamespace.rdf + "_\(index)" : element.name.iri
    if let resource = element.attribute(XMLNamespace.rdf, "resource") {
      add(subject, predicate, .iri(resolved(resource, element)), element.line)
      return
    }
    if let node = element.attribute(XMLNamespace.rdf, "nodeID") {
      add(subject, predicate, .blank("_:" + node), element.line)
      return
    }
    switch element.attribute(XMLNamespace.rdf, "parseType") {
    case "Resource":
      let blank = freshBlank()
      add(subject, predicate, .blank(blank), element.line)
      var childIndex = 0
      for child in element.children {
        childIndex += 1
        try readProperty(child, subject: blank, index: childIndex)
      }
    case "Collection":
      var items: [RDFTerm] = []
      for child in element.children {
        let item = try read(nodeElement: child)
        items.append(item.isBlankNode ? .blank(item) : .iri(item))
      }
      add(subject, predicate, .list(items), element.line)
    case "Literal":
      add(subject, predicate, .literal(Literal(element.text)), element.line)
    case nil:
      try readPlainProperty(element, subject: subject, predicate: predicate)
    case let other?:
      throw ImportError(
        .invalidOntology, file: file, line: element.line, element: element.qualifiedName,
        message: "rdf:parseType \"\(other)\" is not Resource, Collection or Literal")
    }
  }

  /// A property element with a nested node, with property attributes, or with text.
  private mutating func readPlainProperty(
    _ element: XMLElement, subject: String, predicate: String
  ) throws(ImportError) {
    if let node = element.children.first {
      guard element.children.count == 1 else {
        throw ImportError(
          .invalidOntology, file: file, line: element.line, element: element.qualifiedName,
          message: "a property element holds one node element, not \(element.children.count)")
      }
      let object = try read(nodeElement: node)
      add(subject, predicate, object.isBlankNode ? .blank(object) : .iri(object), element.line)
      return
    }
    let propertyAttributes = element.attributes.filter {
      $0.name.namespace != XMLNamespace.rdf && $0.name.namespace != XMLNamespace.xml
        && !$0.name.namespace.isEmpty
    }
    if !propertyAttributes.isEmpty {
      let blank = freshBlank()
      add(subject, predicate, .blank(blank), element.line)
      try readPropertyAttributes(of: element, subject: blank)
      return
    }
    let datatype = element.attribute(XMLNamespace.rdf, "datatype").map { resolved($0, element) }
    let literal = Literal(
      element.text, datatype: datatype, language: datatype == nil ? element.language : nil)
    guard literal.value != nil else {
      throw ImportError(
        .invalidLiteral, file: file, line: element.line, element: element.qualifiedName,
        message: "\"\(element.text)\" is not a value of \(datatype ?? "its datatype")")
    }
    add(subject, predicate, .literal(literal), element.line)
  }

  // MARK: Helpers

  private mutating func add(_ subject: String, _ predicate: String, _ object: RDFTerm, _ line: Int)
  {
    triples.append(RDFTriple(subject: subject, predicate: predicate, object: object, line: line))
  }

  private mutating func freshBlank() -> String {
    blankCounter += 1
    return "_:genid\(blankCounter)"
  }

  private mutating func resolved(_ reference: String, _ element: XMLElement) -> String {
    if element.base != resolvedBase {
      resolvedReferences.forget()
      resolvedBase = element.base
    }
    return resolvedReferences.name(of: reference) {
      IRIResolution.resolve($0, against: resolvedBase)
    }
  }
}
