/// Why an ontology could not be read: the file, the place in it, and what was wrong.
///
/// Every failure of the reader and the parsers is one of these; an import that meets one stops,
/// and the facade that called it writes nothing.
public struct ImportError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What kind of failure this is, stable enough for a caller to branch on.
  public enum Kind: String, Hashable, Sendable {
    /// Not well-formed XML, as libxml2 reports it.
    case malformedXML
    /// A root element that is neither OWL/XML's `Ontology` nor RDF/XML's `rdf:RDF`.
    case notAnOntology
    /// An element or attribute that the format does not define where it stands.
    case invalidOntology
    /// A literal whose text is not a value of its datatype (`"ten"^^xsd:integer`).
    case invalidLiteral
    /// An external entity or DTD that the document asked for; kg never loads them.
    case externalEntity
    /// Entity expansion beyond the cap (the "billion laughs" attack).
    case entityExpansion
    /// Elements nested deeper than the cap.
    case nestingTooDeep
    /// The file could not be opened.
    case unreadable
    /// The mapping file is not what `OntologyMapping` expects.
    case invalidMapping
  }

  public let kind: Kind
  /// The file (or the name given to an in-memory document).
  public let file: String
  /// 1-based line, 0 when unknown.
  public let line: Int
  /// 1-based column, 0 when unknown.
  public let column: Int
  /// The element at fault, when there is one (`SubClassOf`, `rdf:Description`).
  public let element: String?
  public let message: String

  public init(
    _ kind: Kind, file: String, line: Int = 0, column: Int = 0, element: String? = nil,
    message: String
  ) {
    self.kind = kind
    self.file = file
    self.line = line
    self.column = column
    self.element = element
    self.message = message
  }

  /// `file:line:column: message`, as compilers print it.
  public var description: String {
    var place = file
    if line > 0 { place += ":\(line)" }
    if column > 0 { place += ":\(column)" }
    let subject = element.map { " (in <\($0)>)" } ?? ""
    return "\(place): \(message)\(subject)"
  }
}
