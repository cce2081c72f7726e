/// The namespace IRIs the parsers recognise.
enum XMLNamespace {
  static let xmlns = "http://www.w3.org/2000/xmlns/"
  static let xml = "http://www.w3.org/XML/1998/namespace"
  static let owl = "http://www.w3.org/2002/07/owl#"
  static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
  static let xsd = "http://www.w3.org/2001/XMLSchema#"

  /// All of the above.
  static let all = [xmlns, xml, owl, rdf, rdfs, xsd]
}
