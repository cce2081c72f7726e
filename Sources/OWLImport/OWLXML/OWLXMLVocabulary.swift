/// OWL 2's XML element names that kg recognises without mapping them.
enum OWLXMLVocabulary {
  /// Axioms that are valid OWL 2 but have no place in the property graph; read, counted and
  /// reported as skipped.
  static let unmappedAxioms: Set<String> = [
    "Annotation", "DisjointUnion", "EquivalentObjectProperties", "DisjointObjectProperties",
    "InverseObjectProperties", "FunctionalObjectProperty", "InverseFunctionalObjectProperty",
    "ReflexiveObjectProperty", "IrreflexiveObjectProperty", "SymmetricObjectProperty",
    "AsymmetricObjectProperty", "TransitiveObjectProperty", "SubDataPropertyOf",
    "EquivalentDataProperties", "DisjointDataProperties", "DataPropertyDomain",
    "DataPropertyRange", "FunctionalDataProperty", "DatatypeDefinition", "HasKey",
    "SameIndividual", "DifferentIndividuals", "NegativeDataPropertyAssertion",
    "SubAnnotationPropertyOf", "AnnotationPropertyDomain", "AnnotationPropertyRange",
    "DLSafeRule",
  ]

  /// Class expressions kg cannot flatten to an edge.
  static let classExpressions: Set<String> = [
    "ObjectIntersectionOf", "ObjectUnionOf", "ObjectComplementOf", "ObjectOneOf",
    "ObjectHasValue", "ObjectHasSelf", "DataSomeValuesFrom", "DataAllValuesFrom", "DataHasValue",
    "DataMinCardinality", "DataMaxCardinality", "DataExactCardinality",
  ]
}
