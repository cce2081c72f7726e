/// The object of an RDF triple.
enum RDFTerm: Hashable, Sendable {
  case iri(String)
  /// A blank node, by its document-scoped ID (`_:b1`).
  case blank(String)
  case literal(Literal)
  /// An `rdf:parseType="Collection"` list, kept whole rather than as `rdf:first`/`rdf:rest`.
  case list([RDFTerm])

  /// The IRI or blank-node ID of a resource.
  var resource: String? {
    switch self {
    case .iri(let iri): iri
    case .blank(let id): id
    case .literal, .list: nil
    }
  }
}

/// One RDF statement, with the line of the element that made it.
struct RDFTriple: Hashable, Sendable {
  let subject: String
  let predicate: String
  let object: RDFTerm
  let line: Int
}

extension String {
  /// Whether this names a blank node (`_:…`) rather than an IRI.
  var isBlankNode: Bool { hasPrefix("_:") }
}
