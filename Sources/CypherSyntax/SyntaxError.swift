/// A query that cannot be read: the text breaks openCypher's grammar or its lexical rules.
///
/// `description` is one line (`line:column: message`); `rendered(in:)` adds the source line and
/// a caret under the place.
public struct SyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The openCypher TCK's name for the kind of error.
  public enum Detail: String, Sendable {
    case unexpectedSyntax = "UnexpectedSyntax"
    case invalidNumberLiteral = "InvalidNumberLiteral"
    case integerOverflow = "IntegerOverflow"
    case invalidUnicodeLiteral = "InvalidUnicodeLiteral"
    case invalidUnicodeCharacter = "InvalidUnicodeCharacter"
    case invalidRelationshipPattern = "InvalidRelationshipPattern"
  }

  public let detail: Detail
  public let message: String
  public let span: SourceSpan

  public init(_ detail: Detail, _ message: String, at span: SourceSpan) {
    self.detail = detail
    self.message = message
    self.span = span
  }

  public var description: String { "\(span.line):\(span.column): \(message)" }

  /// The message, then the offending line of `source` with a caret under the error's column.
  public func rendered(in source: Source) -> String {
    let line = source.line(span.line)
    let caret = String(repeating: " ", count: max(0, span.column - 1)) + "^"
    return
      "SyntaxError: \(message) (line \(span.line), column \(span.column))\n  \(line)\n  \(caret)"
  }
}
