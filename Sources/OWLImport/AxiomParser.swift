/// A serialisation's reading of the root's children into axioms.
protocol AxiomParser {
  /// The axioms one child of the root states.
  mutating func axioms(in element: XMLElement) throws(ImportError) -> [Axiom]
  /// Axioms that could only be completed at the end of the document.
  mutating func finish() throws(ImportError) -> [Axiom]
}

extension OWLXMLParser: AxiomParser {
  func finish() -> [Axiom] { [] }
}

extension RDFXMLParser: AxiomParser {}
