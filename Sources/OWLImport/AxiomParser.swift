/// A serialisation's reading of the root's children into axioms.
protocol AxiomParser {
  /// Appends the axioms one child of the root states to `axioms`.
  mutating func read(_ element: XMLElement, into axioms: inout [Axiom]) throws(ImportError)
  /// Appends the axioms that could only be completed at the end of the document.
  mutating func finish(into axioms: inout [Axiom]) throws(ImportError)
}

extension OWLXMLParser: AxiomParser {
  func finish(into axioms: inout [Axiom]) {}
}

extension RDFXMLParser: AxiomParser {
  mutating func read(_ element: XMLElement, into axioms: inout [Axiom]) throws(ImportError) {
    axioms += try self.axioms(in: element)
  }

  mutating func finish(into axioms: inout [Axiom]) throws(ImportError) {
    axioms += try finish()
  }
}
