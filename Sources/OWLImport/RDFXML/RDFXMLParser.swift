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
  private var blankDescriptions: [String: ArraySlice<RDFTriple>] = [:]
  /// Triples whose object is a blank node not described yet.
  private var waiting: [RDFTriple] = []

  init(file: String) {
    self.file = file
    reader = RDFXMLTriples(file: file)
  }

  /// The axioms one top-level node element states.
  mutating func axioms(in element: XMLElement) throws(ImportError) -> [Axiom] {
    let subject = try reader.read(nodeElement: element)
    var graph = LocalGraph(reader.take())
    declared.learn(from: graph)
    if subject.isBlankNode, let triples = graph.triples(of: subject),
      LocalGraph.isClassExpression(triples)
    {
      blankDescriptions[subject] = triples
      return []
    }
    graph.fallback = blankDescriptions
    var axioms: [Axiom] = []
    for described in graph.subjects {
      let triples = graph[described]
      if described.id.isBlankNode && LocalGraph.isClassExpression(triples) { continue }
      let description = Description(triples)
      for triple in triples {
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

  /// Everything a top-level element says about one subject, and what its `rdf:type`s make of
  /// it.
  private struct Description {
    /// What a subject's statements stand for.
    enum Kind {
      /// An `owl:Axiom` reifying an annotated statement.
      case annotatedAxiom
      case ontology
      case allDisjointClasses
      case negativeAssertion
      /// Statements each of which is an axiom of its own.
      case statements
    }

    let triples: ArraySlice<RDFTriple>
    let kind: Kind

    init(_ triples: ArraySlice<RDFTriple>) {
      self.triples = triples
      var types: [String] = []
      for triple in triples where triple.predicate == RDFVocabulary.type {
        if case .iri(let type) = triple.object { types.append(type) }
      }
      kind =
        if types.contains(RDFVocabulary.axiom) {
          .annotatedAxiom
        } else if types.contains(RDFVocabulary.ontology) {
          .ontology
        } else if types.contains(RDFVocabulary.allDisjointClasses) {
          .allDisjointClasses
        } else if types.contains(RDFVocabulary.negativePropertyAssertion) {
          .negativeAssertion
        } else {
          .statements
        }
    }
  }

  private mutating func axiom(
    for triple: RDFTriple, in graph: LocalGraph, of description: Description
  ) throws(ImportError) -> Axiom? {
    let (subject, predicate, object) = (triple.subject, triple.predicate, triple.object)
    switch description.kind {
    case .annotatedAxiom:
      return predicate == RDFVocabulary.annotatedSource
        ? Axiom(annotatedAxiom(description.triples), line: triple.line) : nil
    case .ontology:
      if predicate == RDFVocabulary.imports, let target = object.resource {
        return Axiom(.imports(target), line: triple.line)
      }
      return predicate == RDFVocabulary.type
        ? nil : Axiom(.unsupported("Annotation"), line: triple.line)
    case .allDisjointClasses:
      guard predicate == RDFVocabulary.members, case .list(let members) = object else {
        return nil
      }
      return Axiom(
        .disjointClasses(members.map { classExpression($0, in: graph) }), line: triple.line)
    case .negativeAssertion:
      return predicate == RDFVocabulary.type
        ? negativeAssertion(description.triples, triple.line) : nil
    case .statements:
      break
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
    RDFVocabulary.subClassOf, RDFVocabulary.equivalentClass, RDFVocabulary.disjointWith,
    RDFVocabulary.domain, RDFVocabulary.range,
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
    case RDFVocabulary.subClassOf:
      return .subClassOf(.named(subject), classExpression(object, in: graph))
    case RDFVocabulary.equivalentClass:
      return .equivalentClasses([.named(subject), classExpression(object, in: graph)])
    case RDFVocabulary.disjointWith:
      return .disjointClasses([.named(subject), classExpression(object, in: graph)])
    case RDFVocabulary.subPropertyOf:
      guard declared.objectProperties.contains(subject), let sup = object.resource else {
        return .unsupported("SubDataPropertyOf")
      }
      return .subObjectPropertyOf(sub: subject, sup: sup)
    case RDFVocabulary.domain, RDFVocabulary.range:
      let isDomain = predicate == RDFVocabulary.domain
      guard declared.objectProperties.contains(subject) else {
        return .unsupported(isDomain ? "DataPropertyDomain" : "DataPropertyRange")
      }
      let expression = classExpression(object, in: graph)
      return isDomain
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

  /// An `owl:Axiom` reifying an annotated statement, read in one pass over its triples.
  private func annotatedAxiom(_ triples: ArraySlice<RDFTriple>) -> AxiomKind {
    var source: String?
    var property: String?
    var target: String?
    var annotations: [Annotation] = []
    for triple in triples {
      switch triple.predicate {
      case RDFVocabulary.annotatedSource:
        source = source ?? triple.object.resource
      case RDFVocabulary.annotatedProperty:
        if property == nil, case .iri(let iri) = triple.object { property = iri }
      case RDFVocabulary.annotatedTarget:
        target = target ?? triple.object.resource
      case let predicate
      where !RDFVocabulary.isBuiltIn(predicate)
        || RDFVocabulary.annotationProperties.contains(predicate):
        switch triple.object {
        case .literal(let literal):
          annotations.append(Annotation(property: predicate, value: .literal(literal)))
        case .iri(let iri): annotations.append(Annotation(property: predicate, value: .iri(iri)))
        case .blank, .list: continue
        }
      default:
        continue
      }
    }
    guard let source, let property, let target, !RDFVocabulary.isBuiltIn(property) else {
      return .unsupported("Annotation (on an axiom)")
    }
    return .objectPropertyAssertion(
      property: property, subject: source, object: target, annotations: annotations)
  }

  private func negativeAssertion(_ triples: ArraySlice<RDFTriple>, _ line: Int) -> Axiom {
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
