import CLibXML2

/// Resolution of relative IRI references against a base, as RFC 3986 defines (libxml2's
/// `xmlBuildURI`).
enum IRIResolution {
  /// `reference` made absolute against `base`; unchanged when it is absolute already or there is
  /// no base.
  static func resolve(_ reference: String, against base: String?) -> String {
    guard let base, !base.isEmpty, !isAbsolute(reference) else { return reference }
    if let resolved = fragment(reference, of: base) { return resolved }
    guard let built = xmlBuildURI(reference, base) else { return reference }
    defer { kg_xmlFree(built) }
    return String(cString: built)
  }

  /// Whether `iri` starts with a scheme (`http:`, `urn:`, `file:`).
  static func isAbsolute(_ iri: String) -> Bool {
    var bytes = iri.utf8.makeIterator()
    guard let first = bytes.next(), first.isLetter else { return false }
    while let byte = bytes.next() {
      if byte == UInt8(ascii: ":") { return true }
      guard byte.isLetter || byte.isDigit || "+-.".utf8.contains(byte) else { return false }
    }
    return false
  }

  /// A fragment reference (`#name`) resolved without libxml2: the base up to its own fragment,
  /// then the reference (RFC 3986, section 5.2.2). Only where `xmlBuildURI` would copy both as
  /// they are: plain characters, and no colon in the base after its scheme (libxml2 escapes
  /// one in a path, and parses a port apart); nil otherwise.
  private static func fragment(_ reference: String, of base: String) -> String? {
    let fragment = reference.utf8
    guard fragment.first == UInt8(ascii: "#"), fragment.dropFirst().allSatisfy(\.isPlainIRI),
      isAbsolute(base)
    else { return nil }
    let document = base.utf8.prefix { $0 != UInt8(ascii: "#") }
    guard let colon = document.firstIndex(of: UInt8(ascii: ":")),
      document[document.index(after: colon)...].allSatisfy({
        $0.isPlainIRI && $0 != UInt8(ascii: ":")
      })
    else { return nil }
    return String(Substring(document)) + reference
  }
}

extension UInt8 {
  fileprivate var isLetter: Bool {
    (self | 0x20) >= UInt8(ascii: "a") && (self | 0x20) <= UInt8(ascii: "z")
  }
  fileprivate var isDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }

  /// Whether this is an ASCII letter or digit or an IRI delimiter that `xmlBuildURI` keeps
  /// as it is in a fragment (not `#`, `%`, a bracket, a space or non-ASCII).
  fileprivate var isPlainIRI: Bool {
    isLetter || isDigit || "-._~:/?@!$&'()*+,;=".utf8.contains(self)
  }
}
