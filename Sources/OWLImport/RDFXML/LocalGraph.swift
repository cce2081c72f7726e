/// The triples of one top-level RDF/XML element, by subject, with the document's top-level
/// blank-node descriptions to fall back on.
struct LocalGraph {
  /// Subjects in the order they were first described.
  private(set) var subjects: [String] = []
  private(set) var bySubject: [String: [RDFTriple]] = [:]
  /// Blank nodes described elsewhere in the document.
  var fallback: [String: [RDFTriple]] = [:]

  init(_ triples: [RDFTriple]) {
    for triple in triples {
      if bySubject[triple.subject] == nil { subjects.append(triple.subject) }
      bySubject[triple.subject, default: []].append(triple)
    }
  }

  /// The triples describing `id`, here or elsewhere in the document.
  func triples(of id: String) -> [RDFTriple]? {
    bySubject[id] ?? fallback[id]
  }

  /// Whether blank node `id` describes a class expression (a restriction or an anonymous
  /// class), which the statement using it consumes rather than one of its own.
  func isClassExpression(_ id: String) -> Bool {
    (triples(of: id) ?? []).contains { triple in
      if triple.predicate == RDFVocabulary.type, case .iri(let type) = triple.object {
        return type == RDFVocabulary.owl("Restriction") || type == RDFVocabulary.owl("Class")
      }
      return triple.predicate == RDFVocabulary.owl("onProperty")
        || triple.predicate == RDFVocabulary.owl("intersectionOf")
        || triple.predicate == RDFVocabulary.owl("unionOf")
    }
  }
}

/// The properties a document has declared so far, which decide how a statement reads: a
/// statement whose predicate is an annotation property is an annotation, not an assertion.
struct DeclaredProperties {
  private(set) var objectProperties: Set<String> = []
  private(set) var annotationProperties: Set<String> = []

  mutating func learn(from triples: [RDFTriple]) {
    for triple in triples where triple.predicate == RDFVocabulary.type {
      switch triple.object {
      case .iri(RDFVocabulary.owl("ObjectProperty")):
        objectProperties.insert(triple.subject)
      case .iri(RDFVocabulary.owl("AnnotationProperty")):
        annotationProperties.insert(triple.subject)
      default:
        continue
      }
    }
  }
}
