/// Turns the node elements of an RDF/XML document into axioms, following the OWL 2 mapping to
/// RDF graphs in reverse for the constructs kg maps.
///
/// Each top-level element is read into triples, which are read back as axioms about its
/// subject. Blank nodes described at the top level (restrictions referenced by `rdf:nodeID`)
/// are kept until the end of the document, and triples that refer to one not yet seen wait
/// for it there.
struct RDFXMLParser {
  let file: String
  private var reader: RDFXMLTriples
  private var declared = DeclaredProperties()
  /// Top-level blank nodes that are class expressions, by ID.
  private var blankDescriptions: [String: [RDFTriple]] = [:]
  /// Triples whose object is a blank node not described yet.
  private var waiting: [RDFTriple] = []

  init(file: String) {
    self.file = file
    reader = RDFXMLTriples(file: file)
  }

  /// The axioms one top-level node element states.
  mutating func axioms(in element: XMLElement) throws(ImportError) -> [Axiom] {
    let subject = try reader.read(nodeElement: element)
    let triples = reader.take()
    var graph = LocalGraph(triples)
    declared.learn(from: triples)
    if subject.isBlankNode && graph.isClassExpression(subject) {
      blankDescriptions[subject] = graph.bySubject[subject] ?? []
      return []
    }
    graph.fallback = blankDescriptions
    var axioms: [Axiom] = []
    for described in graph.subjects
    where !(described.isBlankNode && graph.isClassExpression(described)) {
      let description = Description(graph.bySubject[described] ?? [])
      for triple in description.triples {
        if let axiom = try axiom(for: triple, in: graph, of: description) { axioms.append(axiom) }
      }
    }
    return axioms
  }

  /// The axioms that waited for blank nodes described later in the document.
  mutating func finish() throws(ImportError) -> [Axiom] {
    var graph = LocalGraph([])
    graph.fallback = blankDescriptions
    var axioms: [Axiom] = []
    let pending = waiting
    waiting = []
    for triple in pending {
      guard case .blank(let id) = triple.object, graph.triples(of: id) != nil else {
        axioms.append(
          Axiom(.unsupported("reference to an undescribed blank node"), line: triple.line))
        continue
      }
      if let axiom = try axiom(for: triple, in: graph, of: Description([])) {
        axioms.append(axiom)
      }
    }
    return axioms
  }

  // MARK: One triple

  /// Everything a top-level element says about one subject, with its `rdf:type`s gathered.
  private struct Description {
    let triples: [RDFTriple]
    let types: Set<String>

    init(_ triples: [RDFTriple]) {
      self.triples = triples
      types = Set(
        triples.filter { $0.predicate == RDFVocabulary.type }.compactMap { $0.object.resource })
    }
  }

  private mutating func axiom(
    for triple: RDFTriple, in graph: LocalGraph, of description: Description
  ) throws(ImportError) -> Axiom? {
    let (types, subjectTriples) = (description.types, description.triples)
    let (subject, predicate, object) = (triple.subject, triple.predicate, triple.object)
    if types.contains(RDFVocabulary.owl("Axiom")) {
      return predicate == RDFVocabulary.owl("annotatedSource")
        ? Axiom(annotatedAxiom(subjectTriples), line: triple.line) : nil
    }
    if types.contains(RDFVocabulary.owl("Ontology")) {
      if predicate == RDFVocabulary.owl("imports"), let target = object.resource {
        return Axiom(.imports(target), line: triple.line)
      }
      return predicate == RDFVocabulary.type
        ? nil : Axiom(.unsupported("Annotation"), line: triple.line)
    }
    if types.contains(RDFVocabulary.owl("AllDisjointClasses")) {
      guard predicate == RDFVocabulary.owl("members"), case .list(let members) = object else {
        return nil
      }
      return Axiom(
        .disjointClasses(members.map { classExpression($0, in: graph) }), line: triple.line)
    }
    if types.contains(RDFVocabulary.owl("NegativePropertyAssertion")) {
      return predicate == RDFVocabulary.type
        ? negativeAssertion(subjectTriples, triple.line) : nil
    }
    if case .blank(let id) = object, graph.triples(of: id) == nil,
      Self.classPredicates.contains(predicate)
    {
      waiting.append(triple)
      return nil
    }
    return Axiom(try kind(subject, predicate, object, graph), line: triple.line)
  }

  private static let classPredicates: Set<String> = [
    RDFVocabulary.rdfs("subClassOf"), RDFVocabulary.owl("equivalentClass"),
    RDFVocabulary.owl("disjointWith"), RDFVocabulary.rdfs("domain"), RDFVocabulary.rdfs("range"),
  ]

  private func kind(_ subject: String, _ predicate: String, _ object: RDFTerm, _ graph: LocalGraph)
    throws(ImportError) -> AxiomKind
  {
    switch predicate {
    case RDFVocabulary.type:
      guard case .iri(let type) = object else {
        return .unsupported("rdf:type of a class expression")
      }
      if let entity = RDFVocabulary.declarations[type] { return .declaration(entity, iri: subject) }
      if let characteristic = RDFVocabulary.propertyCharacteristics[type] {
        return .unsupported(characteristic)
      }
      if RDFVocabulary.isBuiltIn(type) { return .unsupported("rdf:type \(type)") }
      return .classAssertion(.named(type), individual: subject)
    case RDFVocabulary.rdfs("subClassOf"):
      return .subClassOf(.named(subject), classExpression(object, in: graph))
    case RDFVocabulary.owl("equivalentClass"):
      return .equivalentClasses([.named(subject), classExpression(object, in: graph)])
    case RDFVocabulary.owl("disjointWith"):
      return .disjointClasses([.named(subject), classExpression(object, in: graph)])
    case RDFVocabulary.rdfs("subPropertyOf"):
      guard declared.objectProperties.contains(subject), let sup = object.resource else {
        return .unsupported("SubDataPropertyOf")
      }
      return .subObjectPropertyOf(sub: subject, sup: sup)
    case RDFVocabulary.rdfs("domain"), RDFVocabulary.rdfs("range"):
      guard declared.objectProperties.contains(subject) else {
        return .unsupported(
          predicate.hasSuffix("domain") ? "DataPropertyDomain" : "DataPropertyRange")
      }
      let expression = classExpression(object, in: graph)
      return predicate.hasSuffix("domain")
        ? .objectPropertyDomain(property: subject, expression)
        : .objectPropertyRange(property: subject, expression)
    default:
      return assertion(subject, predicate, object)
    }
  }

  /// A statement with a user-defined (or annotation) predicate.
  private func assertion(_ subject: String, _ predicate: String, _ object: RDFTerm) -> AxiomKind {
    let isAnnotation =
      RDFVocabulary.annotationProperties.contains(predicate)
      || declared.annotationProperties.contains(predicate)
    if RDFVocabulary.isBuiltIn(predicate) && !isAnnotation {
      return .unsupported(predicate.replacingPrefix())
    }
    switch object {
    case .literal(let literal):
      return isAnnotation
        ? .annotationAssertion(property: predicate, subject: subject, .literal(literal))
        : .dataPropertyAssertion(property: predicate, subject: subject, literal)
    case .iri(let target), .blank(let target):
      return isAnnotation
        ? .annotationAssertion(property: predicate, subject: subject, .iri(target))
        : .objectPropertyAssertion(
          property: predicate, subject: subject, object: target, annotations: [])
    case .list:
      return .unsupported("rdf:List value")
    }
  }

  /// An `owl:Axiom` reifying an annotated statement.
  private func annotatedAxiom(_ triples: [RDFTriple]) -> AxiomKind {
    func value(_ predicate: String) -> RDFTerm? {
      triples.first { $0.predicate == RDFVocabulary.owl(predicate) }?.object
    }
    guard let source = value("annotatedSource")?.resource,
      case .iri(let property)? = value("annotatedProperty"),
      let target = value("annotatedTarget")?.resource,
      !RDFVocabulary.isBuiltIn(property)
    else {
      return .unsupported("Annotation (on an axiom)")
    }
    let annotations = triples.compactMap { triple -> Annotation? in
      guard
        !RDFVocabulary.isBuiltIn(triple.predicate)
          || RDFVocabulary.annotationProperties.contains(triple.predicate)
      else { return nil }
      switch triple.object {
      case .literal(let literal):
        return Annotation(property: triple.predicate, value: .literal(literal))
      case .iri(let iri): return Annotation(property: triple.predicate, value: .iri(iri))
      case .blank, .list: return nil
      }
    }
    return .objectPropertyAssertion(
      property: property, subject: source, object: target, annotations: annotations)
  }

  private func negativeAssertion(_ triples: [RDFTriple], _ line: Int) -> Axiom {
    func resource(_ predicate: String) -> String? {
      triples.first { $0.predicate == RDFVocabulary.owl(predicate) }?.object.resource
    }
    guard let source = resource("sourceIndividual"), let property = resource("assertionProperty"),
      let target = resource("targetIndividual")
    else {
      return Axiom(.unsupported("NegativeDataPropertyAssertion"), line: line)
    }
    return Axiom(
      .negativeObjectPropertyAssertion(property: property, subject: source, object: target),
      line: line)
  }

  // MARK: Class expressions

  private func classExpression(_ term: RDFTerm, in graph: LocalGraph) -> ClassExpression {
    switch term {
    case .iri(let iri): return .named(iri)
    case .literal: return .other("Literal")
    case .list: return .other("rdf:List")
    case .blank(let id):
      guard let triples = graph.triples(of: id) else { return .other("undescribed blank node") }
      func object(_ local: String) -> RDFTerm? {
        triples.first { $0.predicate == RDFVocabulary.owl(local) }?.object
      }
      for (local, name) in [
        ("intersectionOf", "ObjectIntersectionOf"), ("unionOf", "ObjectUnionOf"),
        ("complementOf", "ObjectComplementOf"), ("oneOf", "ObjectOneOf"),
        ("hasValue", "ObjectHasValue"), ("hasSelf", "ObjectHasSelf"),
      ] where object(local) != nil {
        return .other(name)
      }
      guard case .iri(let property)? = object("onProperty") else {
        return .other(object("onProperties") != nil ? "DataAllValuesFrom" : "anonymous class")
      }
      if let filler = object("someValuesFrom") {
        return .restriction(
          Restriction(.some, property: property, filler: classExpression(filler, in: graph)))
      }
      if let filler = object("allValuesFrom") {
        return .restriction(
          Restriction(.only, property: property, filler: classExpression(filler, in: graph)))
      }
      let onClass = object("onClass").map { classExpression($0, in: graph) }
      for (locals, quantifier) in [
        (["minCardinality", "minQualifiedCardinality"], Restriction.Quantifier.min),
        (["maxCardinality", "maxQualifiedCardinality"], .max),
        (["cardinality", "qualifiedCardinality"], .exactly),
      ] {
        for local in locals {
          if case .literal(let literal)? = object(local), case .integer(let number)? = literal.value
          {
            return .restriction(
              Restriction(quantifier, property: property, filler: onClass, cardinality: Int(number))
            )
          }
        }
      }
      return .other("restriction on \(property)")
    }
  }
}

extension String {
  /// `owl:`, `rdf:` and `rdfs:` IRIs written with their usual prefixes, for reports.
  fileprivate func replacingPrefix() -> String {
    for (namespace, prefix) in [
      (XMLNamespace.owl, "owl:"), (XMLNamespace.rdfs, "rdfs:"), (XMLNamespace.rdf, "rdf:"),
    ] where hasPrefix(namespace) {
      return prefix + dropFirst(namespace.count)
    }
    return self
  }
}
