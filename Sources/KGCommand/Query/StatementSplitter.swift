/// Splits text into statements at semicolons outside strings, quoted names and comments.
enum StatementSplitter {
  /// Every statement in `text`, the last one with or without its semicolon (even when it ends
  /// inside a string, which is then its error to report).
  static func split(_ text: String) -> [String] {
    let scan = scanned(text)
    return scan.unfinished.isEmpty ? scan.statements : scan.statements + [scan.unfinished]
  }

  /// The statements `text` ends with a semicolon, and the text after the last one: what the
  /// REPL keeps while a statement spans several lines. Comments are left out of the statements
  /// but kept in the remainder, which is the source as typed.
  static func splitFinished(_ text: String) -> (statements: [String], remainder: String) {
    let scan = scanned(text)
    return (scan.statements, scan.remainder)
  }

  /// Whether `text` holds nothing to run and nothing unfinished: only blanks and comments, the
  /// last one ended (a `//` comment ends with the text).
  static func isBlank(_ text: String) -> Bool {
    let scan = scanned(text)
    return scan.statements.isEmpty && scan.unfinished.isEmpty && scan.endsIn != .blockComment
  }

  /// The statements `text` ends with a semicolon; the statement after the last one, without
  /// its comments (empty when there is none); the text after the last semicolon as it is; and
  /// the context the text ends in.
  private static func scanned(_ text: String) -> (
    statements: [String], unfinished: String, remainder: String,
    endsIn: CypherTextScanner.Context
  ) {
    var statements: [String] = []
    var current: [UInt8] = []
    var remainderStart = 0
    let bytes = Array(text.utf8)
    let endsIn = CypherTextScanner.scan(bytes) { index, byte, context in
      switch context {
      case .lineComment, .blockComment: return
      case .code where byte == CypherTextScanner.semicolon:
        let statement = trimmed(current)
        if !statement.isEmpty { statements.append(statement) }
        current.removeAll(keepingCapacity: true)
        remainderStart = index + 1
      case .code, .quoted: current.append(byte)
      }
    }
    let remainder = String(decoding: bytes[min(remainderStart, bytes.count)...], as: UTF8.self)
    return (statements, trimmed(current), remainder, endsIn)
  }

  /// `bytes` as text without the blanks and line breaks around it.
  private static func trimmed(_ bytes: [UInt8]) -> String {
    let text = String(decoding: bytes, as: UTF8.self)
    guard let first = text.firstIndex(where: { !$0.isWhitespace }),
      let last = text.lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(text[first...last])
  }
}
