/// The RDF, RDFS and OWL terms the RDF/XML reading relies on.
enum RDFVocabulary {
  static let description = XMLName(namespace: XMLNamespace.rdf, local: "Description")
  static let listItem = XMLName(namespace: XMLNamespace.rdf, local: "li")
  static let root = XMLName(namespace: XMLNamespace.rdf, local: "RDF")

  static let type = XMLNamespace.rdf + "type"

  // The terms read for every statement, built once rather than at each comparison.
  static let axiom = owl("Axiom")
  static let ontology = owl("Ontology")
  static let allDisjointClasses = owl("AllDisjointClasses")
  static let negativePropertyAssertion = owl("NegativePropertyAssertion")
  static let restriction = owl("Restriction")
  static let owlClass = owl("Class")
  static let objectProperty = owl("ObjectProperty")
  static let annotationProperty = owl("AnnotationProperty")
  static let annotatedSource = owl("annotatedSource")
  static let annotatedProperty = owl("annotatedProperty")
  static let annotatedTarget = owl("annotatedTarget")
  static let imports = owl("imports")
  static let members = owl("members")
  static let onProperty = owl("onProperty")
  static let intersectionOf = owl("intersectionOf")
  static let unionOf = owl("unionOf")
  static let equivalentClass = owl("equivalentClass")
  static let disjointWith = owl("disjointWith")
  static let subClassOf = rdfs("subClassOf")
  static let subPropertyOf = rdfs("subPropertyOf")
  static let domain = rdfs("domain")
  static let range = rdfs("range")

  static func owl(_ local: String) -> String { XMLNamespace.owl + local }
  static func rdfs(_ local: String) -> String { XMLNamespace.rdfs + local }

  /// Predicates that annotate whatever they are on, in every ontology.
  static let annotationProperties: Set<String> = [
    rdfs("label"), rdfs("comment"), rdfs("seeAlso"), rdfs("isDefinedBy"), owl("versionInfo"),
    owl("deprecated"),
  ]

  /// `rdf:type` objects that declare an entity.
  static let declarations: [String: EntityKind] = [
    owl("Class"): .class, rdfs("Class"): .class, owl("ObjectProperty"): .objectProperty,
    owl("DatatypeProperty"): .dataProperty, owl("AnnotationProperty"): .annotationProperty,
    owl("NamedIndividual"): .namedIndividual, rdfs("Datatype"): .datatype,
  ]

  /// `owl:` and `rdf:` characteristics of properties, by the OWL/XML axiom they stand for.
  static let propertyCharacteristics: [String: String] = [
    owl("FunctionalProperty"): "FunctionalObjectProperty",
    owl("InverseFunctionalProperty"): "InverseFunctionalObjectProperty",
    owl("TransitiveProperty"): "TransitiveObjectProperty",
    owl("SymmetricProperty"): "SymmetricObjectProperty",
    owl("AsymmetricProperty"): "AsymmetricObjectProperty",
    owl("ReflexiveProperty"): "ReflexiveObjectProperty",
    owl("IrreflexiveProperty"): "IrreflexiveObjectProperty",
  ]

  /// Whether `iri` belongs to RDF, RDFS or OWL themselves.
  static func isBuiltIn(_ iri: String) -> Bool {
    iri.hasPrefix(XMLNamespace.owl) || iri.hasPrefix(XMLNamespace.rdf)
      || iri.hasPrefix(XMLNamespace.rdfs)
  }
}
