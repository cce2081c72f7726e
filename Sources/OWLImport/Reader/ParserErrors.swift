import CLibXML2

/// Collects the first error libxml2 reports while a reader parses; the reader checks `first`
/// after every chunk.
final class ParserErrors {
  /// A parser error in kg's terms.
  struct Report {
    let kind: ImportError.Kind
    let line: Int
    let column: Int
    let message: String
  }

  private(set) var first: Report?

  /// Keeps `error` when it is the first error (warnings are not kept).
  func record(_ error: xmlError) {
    guard first == nil, error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
    let text = error.message.map { String(cString: $0) } ?? "XML error \(error.code)"
    let message = text.trimmingTrailingNewlines
    let kind = Self.kind(of: Int(error.code), message: message)
    first = Report(
      kind: kind, line: Int(error.line), column: Int(error.int2),
      message: Self.explained(message, as: kind))
  }

  private static func kind(of code: Int, message: String) -> ImportError.Kind {
    if code == Int(XML_ERR_ENTITY_LOOP.rawValue)
      || code == Int(entityAmplificationLimitCode)
    {
      return .entityExpansion
    }
    if code == Int(XML_IO_LOAD_ERROR.rawValue)
      || code == Int(XML_ERR_EXT_ENTITY_STANDALONE.rawValue)
      || message.contains("external entity")
    {
      return .externalEntity
    }
    return .malformedXML
  }

  private static func explained(_ message: String, as kind: ImportError.Kind) -> String {
    switch kind {
    case .externalEntity:
      "the document asks for an external entity or DTD, which kg never loads (\(message))"
    case .entityExpansion:
      "entity expansion refused as an entity bomb (\(message))"
    default:
      message
    }
  }
}

extension String {
  fileprivate var trimmingTrailingNewlines: String {
    var text = Substring(self)
    while text.last?.isNewline == true { text = text.dropLast() }
    return String(text)
  }
}

/// libxml2's code for "maximum entity amplification factor exceeded" (newer releases only).
private let entityAmplificationLimitCode: Int32 = 110
