/// Splits text into statements at semicolons outside strings, quoted names and comments, as
/// the text comes: all at once, or a line at a time (the REPL, a script), each line read once.
struct StatementSplitter {
  /// The context the text fed so far ends in.
  private var context = CypherTextScanner.Context.code
  /// The statement after the last semicolon, without its comments.
  private var current: [UInt8] = []
  /// Whether `current` holds more than blanks and line breaks.
  private var currentHasText = false

  /// Every statement in `text`, the last one with or without its semicolon (even when it ends
  /// inside a string, which is then its error to report).
  static func split(_ text: String) -> [String] {
    var splitter = StatementSplitter()
    let statements = splitter.feed(text)
    return statements + (splitter.unfinished.map { [$0] } ?? [])
  }

  /// The statements that `text`, read after what was fed before, ends with a semicolon.
  /// Comments are left out of them.
  mutating func feed(_ text: some StringProtocol) -> [String] {
    var statements: [String] = []
    context = CypherTextScanner.scan(Array(text.utf8), from: context) { _, byte, context in
      switch context {
      case .lineComment, .blockComment: return
      case .code where byte == CypherTextScanner.semicolon:
        if let statement = Self.trimmed(current) { statements.append(statement) }
        current.removeAll(keepingCapacity: true)
        currentHasText = false
      case .code, .quoted:
        current.append(byte)
        if !Self.isBlank(byte) { currentHasText = true }
      }
    }
    return statements
  }

  /// Whether a statement is begun and not finished: the text after the last semicolon holds
  /// more than blanks and ended comments (a `//` comment ends with the text).
  var isPending: Bool { currentHasText || context == .blockComment }

  /// The statement after the last semicolon, without its comments; nil when there is none.
  var unfinished: String? { Self.trimmed(current) }

  private static func isBlank(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
      || byte == UInt8(ascii: "\r")
  }

  /// `bytes` as text without the blanks and line breaks around it; nil when nothing is left.
  private static func trimmed(_ bytes: [UInt8]) -> String? {
    let text = String(decoding: bytes, as: UTF8.self)
    guard let first = text.firstIndex(where: { !$0.isWhitespace }),
      let last = text.lastIndex(where: { !$0.isWhitespace })
    else { return nil }
    return String(text[first...last])
  }
}
