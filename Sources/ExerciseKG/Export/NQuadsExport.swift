import CypherSyntax
import GraphModel
import ResultFormat

/// The graph as RDF N-Quads, for Dgraph and RDF stores.
///
/// A node is its `iri` property when that is an absolute IRI, else the blank node `_:n<number>`;
/// each label is an `rdf:type` of `<urn:kg:label:NAME>`, each property a triple with the
/// predicate `<urn:kg:property:KEY>` (a list gives one triple per element; a map one
/// `rdf:JSON` literal). A relationship is the triple `<start> <urn:kg:type:TYPE> <end>` in the
/// named graph `<urn:kg:relationship:<number>>`, and its properties are triples about that
/// graph's name, in it — the usual way to give a statement properties in N-Quads.
enum NQuadsExport {
  static let rdfType = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"

  static func write(_ graph: GraphContents, to sink: inout some ExportSink) throws {
    var subjects: [Int: String] = [:]
    try graph.forEachNode { number, node in
      let subject = subject(of: node, number: number)
      subjects[number] = subject
      var lines = node.labels.sorted().map {
        "\(subject) \(rdfType) \(iri("label", $0)) .\n"
      }
      lines += statements(about: subject, node.properties, graph: nil)
      try sink.write(lines.joined())
    }
    try graph.forEachRelationship { number, relationship, start, end in
      guard let from = subjects[start], let to = subjects[end] else { return }
      let name = "<urn:kg:relationship:\(number)>"
      try sink.write(
        "\(from) \(iri("type", relationship.type)) \(to) \(name) .\n"
          + statements(about: name, relationship.properties, graph: name).joined())
    }
  }

  private static func subject(of node: Node, number: Int) -> String {
    if case .string(let text)? = node.properties["iri"], isAbsoluteIRI(text) {
      return "<\(text)>"
    }
    return "_:n\(number)"
  }

  private static func isAbsoluteIRI(_ text: String) -> Bool {
    guard let colon = text.firstIndex(of: ":"), colon != text.startIndex,
      text[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
      )
    else { return false }
    return !text.unicodeScalars.contains {
      $0.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains($0)
    }
  }

  private static func statements(
    about subject: String, _ properties: [String: Value], graph: String?
  )
    -> [String]
  {
    let suffix = graph.map { " \($0) .\n" } ?? " .\n"
    return properties.sorted { $0.key < $1.key }.flatMap { key, value in
      let elements: [Value] = if case .list(let list) = value { list } else { [value] }
      return elements.map { "\(subject) \(iri("property", key)) \(literal($0))" + suffix }
    }
  }

  /// `<urn:kg:KIND:NAME>`, the name percent-encoded beyond the unreserved characters.
  private static func iri(_ kind: String, _ name: String) -> String {
    var encoded = ""
    for byte in name.utf8 {
      let scalar = Unicode.Scalar(byte)
      if byte < 0x80,
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
          || "-._~".unicodeScalars.contains(scalar)
      {
        encoded.unicodeScalars.append(scalar)
      } else {
        encoded += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
      }
    }
    return "<urn:kg:\(kind):\(encoded)>"
  }

  /// A literal; JSON's string escapes are all N-Quads escapes too.
  private static func literal(_ value: Value) -> String {
    let quoted = JSONFormat.string
    let xsd = "http://www.w3.org/2001/XMLSchema#"
    switch value {
    case .string(let text): return quoted(text)
    case .integer(let integer): return "\"\(integer)\"^^<\(xsd)integer>"
    case .float(let float): return quoted(CypherText.float(float).replacingInf) + "^^<\(xsd)double>"
    case .boolean(let flag): return "\"\(flag)\"^^<\(xsd)boolean>"
    default:
      return quoted(JSONFormat.render(value))
        + "^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON>"
    }
  }
}

extension String {
  /// XML Schema's spelling of the infinities (`INF`, `-INF`); NaN is the same in both.
  fileprivate var replacingInf: String {
    self == "Inf" ? "INF" : self == "-Inf" ? "-INF" : self
  }
}
