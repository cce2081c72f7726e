/// The triples of one top-level RDF/XML element, each subject's together, with the document's
/// top-level blank-node descriptions to fall back on.
struct LocalGraph {
  /// The triples, grouped by subject.
  private let triples: [RDFTriple]
  /// Each subject, in the order it was first described, with where its triples are.
  let subjects: [(id: String, range: Range<Int>)]
  /// The subjects' ranges by ID, when there is more than one subject.
  private let ranges: [String: Range<Int>]
  /// Blank nodes described elsewhere in the document.
  var fallback: [String: ArraySlice<RDFTriple>] = [:]

  /// Groups `triples` by subject. Most elements describe one subject, which needs no grouping.
  init(_ triples: [RDFTriple]) {
    let firstSubject = triples.first?.subject
    if triples.allSatisfy({ $0.subject == firstSubject }) {
      self.triples = triples
      subjects = firstSubject.map { [($0, triples.indices)] } ?? []
      ranges = [:]
      return
    }
    var order: [String] = []
    var groups: [String: [RDFTriple]] = [:]
    for triple in triples {
      if groups[triple.subject] == nil { order.append(triple.subject) }
      groups[triple.subject, default: []].append(triple)
    }
    var grouped: [RDFTriple] = []
    var subjects: [(id: String, range: Range<Int>)] = []
    for subject in order {
      let start = grouped.count
      grouped += groups[subject, default: []]
      subjects.append((subject, start..<grouped.count))
    }
    self.triples = grouped
    self.subjects = subjects
    ranges = Dictionary(uniqueKeysWithValues: subjects.lazy.map { ($0.id, $0.range) })
  }

  /// The triples of `subject`, one of `subjects`.
  subscript(subject: (id: String, range: Range<Int>)) -> ArraySlice<RDFTriple> {
    triples[subject.range]
  }

  /// The triples describing `id`, here or elsewhere in the document.
  func triples(of id: String) -> ArraySlice<RDFTriple>? {
    if subjects.count == 1, subjects[0].id == id { return triples[...] }
    return ranges[id].map { triples[$0] } ?? fallback[id]
  }

  /// Whether blank node `id` describes a class expression (a restriction or an anonymous
  /// class), which the statement using it consumes rather than one of its own.
  func isClassExpression(_ id: String) -> Bool {
    Self.isClassExpression(triples(of: id) ?? [])
  }

  /// Whether `triples` describe a class expression.
  static func isClassExpression(_ triples: ArraySlice<RDFTriple>) -> Bool {
    triples.contains { triple in
      if triple.predicate == RDFVocabulary.type, case .iri(let type) = triple.object {
        return type == RDFVocabulary.restriction || type == RDFVocabulary.owlClass
      }
      return triple.predicate == RDFVocabulary.onProperty
        || triple.predicate == RDFVocabulary.intersectionOf
        || triple.predicate == RDFVocabulary.unionOf
    }
  }
}

/// The properties a document has declared so far, which decide how a statement reads: a
/// statement whose predicate is an annotation property is an annotation, not an assertion.
struct DeclaredProperties {
  private(set) var objectProperties: Set<String> = []
  private(set) var annotationProperties: Set<String> = []

  mutating func learn(from graph: LocalGraph) {
    for subject in graph.subjects {
      learn(from: graph[subject])
    }
  }

  private mutating func learn(from triples: ArraySlice<RDFTriple>) {
    for triple in triples where triple.predicate == RDFVocabulary.type {
      switch triple.object {
      case .iri(RDFVocabulary.objectProperty):
        objectProperties.insert(triple.subject)
      case .iri(RDFVocabulary.annotationProperty):
        annotationProperties.insert(triple.subject)
      default:
        continue
      }
    }
  }
}
