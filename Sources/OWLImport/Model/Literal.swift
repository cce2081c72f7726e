import GraphModel

/// An RDF literal: its lexical form, with a datatype or a language tag.
public struct Literal: Hashable, Sendable {
  public let lexical: String
  /// The datatype IRI; `nil` for a plain or language-tagged string.
  public let datatype: String?
  /// The language tag (`en`, `de-CH`), lower-cased; `nil` for none (`xml:lang=""` says none).
  public let language: String?
  /// The literal as a property value: integers, floating-point numbers and booleans of the XSD
  /// datatypes become numbers and booleans, everything else a string; `nil` when the lexical
  /// form is not a value of its datatype.
  public let value: Value?

  public init(_ lexical: String, datatype: String? = nil, language: String? = nil) {
    self.lexical = lexical
    self.datatype = datatype
    self.language = language.flatMap { $0.isEmpty ? nil : $0.lowercased() }
    value = Self.value(of: lexical, datatype: datatype)
  }

  /// The XSD datatypes read as numbers or booleans, by IRI; any other is read as a string.
  private enum ValueKind {
    case integer, decimal, boolean
  }

  private static let valueKinds: [String: ValueKind] = {
    let integers = [
      "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
      "nonPositiveInteger", "negativeInteger", "unsignedInt", "unsignedLong", "unsignedShort",
      "unsignedByte",
    ]
    var kinds = Dictionary(
      uniqueKeysWithValues: integers.map { (XMLNamespace.xsd + $0, ValueKind.integer) })
    for name in ["decimal", "double", "float"] { kinds[XMLNamespace.xsd + name] = .decimal }
    kinds[XMLNamespace.xsd + "boolean"] = .boolean
    return kinds
  }()

  private static func value(of lexical: String, datatype: String?) -> Value? {
    guard let datatype, let kind = valueKinds[datatype] else { return .string(lexical) }
    let text = lexical.trimmingSpaces
    switch kind {
    case .integer:
      let digits = text.hasPrefix("+") ? String(text.dropFirst()) : text
      return Int64(digits).map(Value.integer)
    case .decimal:
      switch text {
      case "INF": return .float(.infinity)
      case "-INF": return .float(-.infinity)
      case "NaN": return .float(.nan)
      default:
        guard text.utf8.allSatisfy({ "0123456789+-.eE".utf8.contains($0) }) else { return nil }
        return Double(text).map(Value.float)
      }
    case .boolean:
      switch text {
      case "true", "1": return .boolean(true)
      case "false", "0": return .boolean(false)
      default: return nil
      }
    }
  }
}

extension String {
  /// The string without leading and trailing XML white space, as XSD's `collapse` facet reads
  /// numbers and booleans; the string itself when it has none.
  var trimmingSpaces: String {
    let bytes = utf8
    let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
    guard let start = bytes.firstIndex(where: { !isSpace($0) }),
      let end = bytes.lastIndex(where: { !isSpace($0) })
    else { return "" }
    if start == bytes.startIndex && bytes.index(after: end) == bytes.endIndex { return self }
    return String(Substring(bytes[start...end]))
  }
}
