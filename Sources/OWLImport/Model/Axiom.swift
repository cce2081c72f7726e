/// One OWL 2 axiom as kg reads it, from either serialisation, with the line it came from.
public struct Axiom: Hashable, Sendable {
  public let kind: AxiomKind
  /// 1-based line of the axiom's element in its document.
  public let line: Int

  public init(_ kind: AxiomKind, line: Int) {
    self.kind = kind
    self.line = line
  }
}

/// The axioms kg maps to the graph, plus `unsupported` for the valid ones it does not.
public enum AxiomKind: Hashable, Sendable {
  case declaration(EntityKind, iri: String)
  case subClassOf(ClassExpression, ClassExpression)
  case equivalentClasses([ClassExpression])
  case disjointClasses([ClassExpression])
  case classAssertion(ClassExpression, individual: String)
  case objectPropertyAssertion(
    property: String, subject: String, object: String, annotations: [Annotation])
  case negativeObjectPropertyAssertion(property: String, subject: String, object: String)
  case dataPropertyAssertion(property: String, subject: String, Literal)
  case annotationAssertion(property: String, subject: String, AnnotationValue)
  case subObjectPropertyOf(sub: String, sup: String)
  case objectPropertyDomain(property: String, ClassExpression)
  case objectPropertyRange(property: String, ClassExpression)
  /// An `Import` of another ontology, by IRI.
  case imports(String)
  /// A valid OWL construct that kg does not map, by its OWL/XML element name.
  case unsupported(String)

  /// The OWL/XML name of the axiom, for reports.
  public var name: String {
    switch self {
    case .declaration: "Declaration"
    case .subClassOf: "SubClassOf"
    case .equivalentClasses: "EquivalentClasses"
    case .disjointClasses: "DisjointClasses"
    case .classAssertion: "ClassAssertion"
    case .objectPropertyAssertion: "ObjectPropertyAssertion"
    case .negativeObjectPropertyAssertion: "NegativeObjectPropertyAssertion"
    case .dataPropertyAssertion: "DataPropertyAssertion"
    case .annotationAssertion: "AnnotationAssertion"
    case .subObjectPropertyOf: "SubObjectPropertyOf"
    case .objectPropertyDomain: "ObjectPropertyDomain"
    case .objectPropertyRange: "ObjectPropertyRange"
    case .imports: "Import"
    case .unsupported(let name): name
    }
  }
}

/// The kinds of entity a `Declaration` introduces.
public enum EntityKind: String, Hashable, Sendable, CaseIterable {
  case `class` = "Class"
  case objectProperty = "ObjectProperty"
  case dataProperty = "DataProperty"
  case annotationProperty = "AnnotationProperty"
  case namedIndividual = "NamedIndividual"
  case datatype = "Datatype"
}

/// An annotation: a property and its value, on an entity or on an axiom.
public struct Annotation: Hashable, Sendable {
  public let property: String
  public let value: AnnotationValue

  public init(property: String, value: AnnotationValue) {
    self.property = property
    self.value = value
  }
}

/// What an annotation says: an IRI or a literal.
public enum AnnotationValue: Hashable, Sendable {
  case iri(String)
  case literal(Literal)
}
