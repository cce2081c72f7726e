/// An element's expanded name: its namespace IRI and local name.
struct XMLName: Hashable, Sendable {
  let namespace: String
  let local: String

  /// The namespace and local name run together, as RDF/XML turns an element into an IRI.
  var iri: String { namespace + local }
}

/// One attribute of an element.
struct XMLAttribute: Hashable, Sendable {
  let name: XMLName
  let value: String
}

/// What an element inherits from its ancestors unless it sets its own: `xml:lang` and the base
/// IRI.
struct XMLScope: Sendable {
  var language: String?
  var base: String?
}

/// One element read whole, with everything under it: the unit the parsers work on.
///
/// The reader hands out the root's children one at a time as these trees, so memory is bounded
/// by the largest axiom, never by the file. An element is a reference, so the parsers pass it
/// around for the price of one retain.
final class XMLElement: Sendable {
  let name: XMLName
  /// The prefix the name was written with (`owl`), empty for none.
  let prefix: String
  let attributes: [XMLAttribute]
  let children: [XMLElement]
  /// The element's own character data, concatenated.
  let text: String
  /// 1-based line of the start tag.
  let line: Int
  /// The `xml:lang` and base IRI in scope.
  let scope: XMLScope

  init(
    name: XMLName, prefix: String, attributes: [XMLAttribute],
    children: [XMLElement] = [], text: String = "", line: Int, scope: XMLScope
  ) {
    self.name = name
    self.prefix = prefix
    self.attributes = attributes
    self.children = children
    self.text = text
    self.line = line
    self.scope = scope
  }

  /// The name as written, with its prefix (`owl:Class`), for messages.
  var qualifiedName: String { Self.qualifiedName(prefix, name.local) }

  /// `local` written with `prefix` (none when empty).
  static func qualifiedName(_ prefix: String, _ local: String) -> String {
    prefix.isEmpty ? local : prefix + ":" + local
  }

  /// The `xml:lang` in scope, if any.
  var language: String? { scope.language }
  /// The base IRI in scope (`xml:base`, else the document's own location), if any.
  var base: String? { scope.base }

  /// The value of the attribute `local` in `namespace` (`""` for an unprefixed attribute).
  func attribute(_ namespace: String, _ local: String) -> String? {
    attributes.first { $0.name.local == local && $0.name.namespace == namespace }?.value
  }

  /// The child elements in `namespace`, skipping any other.
  func children(in namespace: String) -> [XMLElement] {
    // Usually every child is in the namespace: then the array is shared, not copied.
    children.allSatisfy { $0.name.namespace == namespace }
      ? children : children.filter { $0.name.namespace == namespace }
  }
}
