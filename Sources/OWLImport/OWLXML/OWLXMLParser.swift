/// Turns the children of an OWL/XML `Ontology` element into axioms.
///
/// `Prefix` elements feed the prefix table that abbreviated IRIs use; every other child is an
/// axiom. Elements OWL 2 defines but kg does not map become `.unsupported`; an element OWL 2
/// does not define is an error.
struct OWLXMLParser {
  let file: String
  private var prefixes: [String: String] = [:]
  /// Abbreviated IRIs already expanded: a document repeats the same ones.
  private var expansions = RememberedNames()
  /// Absolute datatype references already read, most often full IRIs that no prefix expands.
  private var datatypes = RememberedNames()
  /// The datatype of a literal that may carry a language tag, which kg reads as untyped.
  private static let plainLiteral = XMLNamespace.rdf + "PlainLiteral"

  init(file: String) { self.file = file }

  /// Appends the axiom in one child of the root to `axioms` (none for a `Prefix`).
  mutating func read(_ element: XMLElement, into axioms: inout [Axiom]) throws(ImportError) {
    guard element.name.namespace == XMLNamespace.owl else {
      return axioms.append(Axiom(.unsupported("<\(element.qualifiedName)>"), line: element.line))
    }
    switch element.name.local {
    case "Prefix":
      prefixes[element.attribute("", "name") ?? ""] = element.attribute("", "IRI") ?? ""
      expansions.forget()
      datatypes.forget()
    case "Import":
      axioms.append(
        Axiom(.imports(resolved(element.text.trimmingSpaces, in: element)), line: element.line))
    default:
      axioms.append(Axiom(try axiom(element), line: element.line))
    }
  }

  private mutating func axiom(_ element: XMLElement) throws(ImportError) -> AxiomKind {
    let parts = operands(of: element)
    switch element.name.local {
    // The most frequent first: each case that does not match costs a string comparison.
    case "ObjectPropertyAssertion", "NegativeObjectPropertyAssertion":
      let property = try operand(parts, 0, of: element)
      guard property.name.local == "ObjectProperty" else {
        return .unsupported("\(element.name.local) with \(property.name.local)")
      }
      let subject = try individual(operand(parts, 1, of: element))
      let object = try individual(operand(parts, 2, of: element))
      if element.name.local == "NegativeObjectPropertyAssertion" {
        return .negativeObjectPropertyAssertion(
          property: try iri(of: property), subject: subject, object: object)
      }
      return .objectPropertyAssertion(
        property: try iri(of: property), subject: subject, object: object,
        annotations: try annotations(of: element))
    case "ClassAssertion":
      return .classAssertion(
        try classExpression(operand(parts, 0, of: element)),
        individual: try individual(operand(parts, 1, of: element)))
    case "AnnotationAssertion":
      let subject = try operand(parts, 1, of: element)
      return .annotationAssertion(
        property: try iri(of: operand(parts, 0, of: element)),
        subject: subject.name.local == "AnonymousIndividual"
          ? try individual(subject) : try iri(of: subject),
        try annotationValue(operand(parts, 2, of: element)))
    case "DataPropertyAssertion":
      return .dataPropertyAssertion(
        property: try iri(of: operand(parts, 0, of: element)),
        subject: try individual(operand(parts, 1, of: element)),
        try literal(operand(parts, 2, of: element)))
    case "Declaration":
      let entity = try operand(parts, 0, of: element)
      guard let kind = EntityKind(rawValue: entity.name.local) else {
        throw invalid(entity, "a Declaration names an entity (Class, ObjectProperty…)")
      }
      return .declaration(kind, iri: try iri(of: entity))
    case "SubClassOf":
      return .subClassOf(
        try classExpression(operand(parts, 0, of: element)),
        try classExpression(operand(parts, 1, of: element)))
    case "EquivalentClasses":
      return .equivalentClasses(try classExpressions(parts))
    case "DisjointClasses":
      return .disjointClasses(try classExpressions(parts))
    case "SubObjectPropertyOf":
      let sub = try operand(parts, 0, of: element)
      let sup = try operand(parts, 1, of: element)
      guard sub.name.local == "ObjectProperty", sup.name.local == "ObjectProperty" else {
        return .unsupported("SubObjectPropertyOf with \(sub.name.local)")
      }
      return .subObjectPropertyOf(sub: try iri(of: sub), sup: try iri(of: sup))
    case "ObjectPropertyDomain", "ObjectPropertyRange":
      let property = try operand(parts, 0, of: element)
      guard property.name.local == "ObjectProperty" else {
        return .unsupported("\(element.name.local) with \(property.name.local)")
      }
      let range = try classExpression(operand(parts, 1, of: element))
      return element.name.local == "ObjectPropertyDomain"
        ? .objectPropertyDomain(property: try iri(of: property), range)
        : .objectPropertyRange(property: try iri(of: property), range)
    case let name where OWLXMLVocabulary.unmappedAxioms.contains(name):
      return .unsupported(name)
    default:
      throw invalid(element, "<\(element.qualifiedName)> is not an OWL 2 axiom")
    }
  }

  // MARK: Operands

  /// The OWL children of `element` that are not its annotations.
  private func operands(of element: XMLElement) -> [XMLElement] {
    let children = element.children(in: XMLNamespace.owl)
    return children.contains { $0.name.local == "Annotation" }
      ? children.filter { $0.name.local != "Annotation" } : children
  }

  private func operand(_ parts: [XMLElement], _ index: Int, of element: XMLElement)
    throws(ImportError) -> XMLElement
  {
    guard index < parts.count else {
      throw invalid(element, "\(element.name.local) needs at least \(index + 1) operands")
    }
    return parts[index]
  }

  private mutating func classExpressions(_ parts: [XMLElement]) throws(ImportError)
    -> [ClassExpression]
  {
    var expressions: [ClassExpression] = []
    for part in parts { expressions.append(try classExpression(part)) }
    return expressions
  }

  private mutating func classExpression(_ element: XMLElement) throws(ImportError)
    -> ClassExpression
  {
    let parts = element.children(in: XMLNamespace.owl)
    let quantifier: Restriction.Quantifier
    switch element.name.local {
    case "Class": return .named(try iri(of: element))
    case "ObjectSomeValuesFrom": quantifier = .some
    case "ObjectAllValuesFrom": quantifier = .only
    case "ObjectMinCardinality": quantifier = .min
    case "ObjectMaxCardinality": quantifier = .max
    case "ObjectExactCardinality": quantifier = .exactly
    case let name where OWLXMLVocabulary.classExpressions.contains(name):
      return .other(name)
    default:
      throw invalid(element, "<\(element.qualifiedName)> is not a class expression")
    }
    let property = try operand(parts, 0, of: element)
    var cardinality: Int?
    if quantifier == .min || quantifier == .max || quantifier == .exactly {
      guard let text = element.attribute("", "cardinality"), let number = Int(text), number >= 0
      else {
        throw ImportError(
          .invalidLiteral, file: file, line: element.line, element: element.qualifiedName,
          message: "cardinality must be a non-negative integer")
      }
      cardinality = number
    }
    let filler = parts.count > 1 ? try classExpression(parts[1]) : nil
    guard filler != nil || cardinality != nil else {
      throw invalid(element, "\(element.name.local) needs a filler class")
    }
    return .restriction(
      Restriction(
        quantifier,
        property: property.name.local == "ObjectProperty" ? try iri(of: property) : nil,
        filler: filler, cardinality: cardinality))
  }

  private mutating func individual(_ element: XMLElement) throws(ImportError) -> String {
    switch element.name.local {
    case "NamedIndividual":
      return try iri(of: element)
    case "AnonymousIndividual":
      guard let node = element.attribute("", "nodeID") else {
        throw invalid(element, "an AnonymousIndividual needs a nodeID")
      }
      return "_:" + node
    default:
      throw invalid(element, "<\(element.qualifiedName)> is not an individual")
    }
  }

  private mutating func annotations(of element: XMLElement) throws(ImportError) -> [Annotation] {
    var annotations: [Annotation] = []
    for child in element.children(in: XMLNamespace.owl) where child.name.local == "Annotation" {
      let parts = operands(of: child)
      annotations.append(
        Annotation(
          property: try iri(of: operand(parts, 0, of: child)),
          value: try annotationValue(operand(parts, 1, of: child))))
    }
    return annotations
  }

  private mutating func annotationValue(_ element: XMLElement) throws(ImportError)
    -> AnnotationValue
  {
    switch element.name.local {
    case "Literal": return .literal(try literal(element))
    case "AnonymousIndividual": return .iri(try individual(element))
    default: return .iri(try iri(of: element))
    }
  }

  private mutating func literal(_ element: XMLElement) throws(ImportError) -> Literal {
    guard element.name.local == "Literal" else {
      throw invalid(element, "<\(element.qualifiedName)> is not a Literal")
    }
    let datatype = element.attribute("", "datatypeIRI").map { datatypeIRI($0, in: element) }
    let language = element.attribute(XMLNamespace.xml, "lang")
    let literal = Literal(
      element.text, datatype: datatype == Self.plainLiteral ? nil : datatype,
      language: language)
    guard literal.value != nil else {
      throw ImportError(
        .invalidLiteral, file: file, line: element.line, element: element.qualifiedName,
        message: "\"\(element.text)\" is not a value of \(datatype ?? "its datatype")")
    }
    return literal
  }

  // MARK: IRIs

  /// The IRI an entity element names, from `IRI` (resolved against the base) or
  /// `abbreviatedIRI` (expanded through the prefixes), as an attribute or as element text.
  private mutating func iri(of element: XMLElement) throws(ImportError) -> String {
    if let full = element.attribute("", "IRI") { return resolved(full, in: element) }
    if let abbreviated = element.attribute("", "abbreviatedIRI") {
      return try expanded(abbreviated, in: element)
    }
    switch element.name.local {
    case "IRI": return resolved(element.text.trimmingSpaces, in: element)
    case "AbbreviatedIRI": return try expanded(element.text.trimmingSpaces, in: element)
    default: throw invalid(element, "<\(element.qualifiedName)> needs an IRI or abbreviatedIRI")
    }
  }

  /// `prefix:local` through the declared prefixes.
  private mutating func expanded(_ abbreviated: String, in element: XMLElement) throws(ImportError)
    -> String
  {
    guard let iri = expansion(of: abbreviated) else {
      throw invalid(element, "the prefix of \(abbreviated) is not declared")
    }
    return iri
  }

  /// A datatype reference, written abbreviated (`xsd:integer`) or as an IRI.
  private mutating func datatypeIRI(_ reference: String, in element: XMLElement) -> String {
    if let known = datatypes.name(of: reference) { return known }
    let iri = expansion(of: reference) ?? resolved(reference, in: element)
    // A relative reference depends on the element's base; an absolute one only on the prefixes.
    if IRIResolution.isAbsolute(reference) { datatypes.remember(iri, for: reference) }
    return iri
  }

  /// The expansion of `prefix:local` when its prefix is declared.
  private mutating func expansion(of abbreviated: String) -> String? {
    if let known = expansions.name(of: abbreviated) { return known }
    let bytes = abbreviated.utf8
    guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")),
      let namespace = prefixes[String(Substring(bytes[..<colon]))]
    else { return nil }
    var iri = namespace
    iri.append(contentsOf: Substring(bytes[bytes.index(after: colon)...]))
    expansions.remember(iri, for: abbreviated)
    return iri
  }

  private func resolved(_ reference: String, in element: XMLElement) -> String {
    IRIResolution.resolve(reference, against: element.base)
  }

  private func invalid(_ element: XMLElement, _ message: String) -> ImportError {
    ImportError(
      .invalidOntology, file: file, line: element.line, element: element.qualifiedName,
      message: message)
  }
}
