import Testing

@testable import OWLImport

/// Relative IRI references made absolute, as libxml2's `xmlBuildURI` does, including the
/// fragment references resolved without it.
@Suite struct IRIResolutionTests {
  @Test(arguments: [
    ("#n42", "http://example.org/kg-bench", "http://example.org/kg-bench#n42"),
    ("#n42", "http://example.org/kg-bench#old", "http://example.org/kg-bench#n42"),
    ("#a:b/c?d", "http://ex.org/x?q=1", "http://ex.org/x?q=1#a:b/c?d"),
    ("#x-_.~!*'()$&+,;=@", "http://ex.org/~u/(x)", "http://ex.org/~u/(x)#x-_.~!*'()$&+,;=@"),
    ("#", "http://ex.org/x", "http://ex.org/x#"),
    // Left to libxml2, which escapes a colon in a path and keeps a port.
    ("#n42", "http://example.org/a:b/c", "http://example.org/a%3Ab/c#n42"),
    ("#n42", "http://ex.org:8080/x#old", "http://ex.org:8080/x#n42"),
    ("#a%20b", "http://ex.org/x", "http://ex.org/x#a%20b"),
    ("c", "http://ex.org/a/b", "http://ex.org/a/c"),
    ("../c#d", "http://ex.org/a/b/e", "http://ex.org/a/c#d"),
    // Absolute already, or no base.
    ("urn:isbn:1", "http://ex.org/x", "urn:isbn:1"),
  ])
  func aReferenceResolvesAgainstItsBase(reference: String, base: String, expected: String) {
    #expect(IRIResolution.resolve(reference, against: base) == expected)
  }

  @Test func withoutABaseAReferenceStaysAsItIs() {
    #expect(IRIResolution.resolve("#n42", against: nil) == "#n42")
    #expect(IRIResolution.resolve("#n42", against: "") == "#n42")
  }

  @Test(arguments: [
    ("http://ex.org", true), ("urn:x", true), ("a+b-c.d:x", true), ("#n42", false),
    ("x", false), (":x", false), ("1a:x", false), ("a b:x", false), ("dir/a:b", false),
  ])
  func anIRIIsAbsoluteWhenItStartsWithAScheme(iri: String, absolute: Bool) {
    #expect(IRIResolution.isAbsolute(iri) == absolute)
  }
}
