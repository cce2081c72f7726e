import CLibXML2

/// Resolution of relative IRI references against a base, as RFC 3986 defines (libxml2's
/// `xmlBuildURI`).
enum IRIResolution {
  /// `reference` made absolute against `base`; unchanged when it is absolute already or there is
  /// no base.
  static func resolve(_ reference: String, against base: String?) -> String {
    guard let base, !base.isEmpty, !isAbsolute(reference) else { return reference }
    guard let built = xmlBuildURI(reference, base) else { return reference }
    defer { kg_xmlFree(built) }
    return String(cString: built)
  }

  /// Whether `iri` starts with a scheme (`http:`, `urn:`, `file:`).
  static func isAbsolute(_ iri: String) -> Bool {
    guard let colon = iri.firstIndex(of: ":"), colon != iri.startIndex else { return false }
    let scheme = iri[..<colon]
    return scheme.first?.isLetter == true
      && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
  }
}
