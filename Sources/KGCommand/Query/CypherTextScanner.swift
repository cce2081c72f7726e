/// Walks the UTF-8 bytes of Cypher source text and tells, for each, whether it is code, part of
/// a string or quoted name, or part of a comment — the one reading the statement splitter and
/// the REPL's history share. Every delimiter is ASCII, which no byte of a longer UTF-8
/// sequence is, so bytes are walked as they are.
enum CypherTextScanner {
  /// Where a byte stands.
  enum Context: Equatable {
    case code
    /// In a string or quoted name opened by the quote given (`'`, `"` or a backtick), its
    /// quotes included.
    case quoted(UInt8)
    /// In a `//` comment, its slashes included; the line break that ends it is code.
    case lineComment
    /// In a `/* … */` comment, its markers included.
    case blockComment
  }

  static let singleQuote = UInt8(ascii: "'")
  static let doubleQuote = UInt8(ascii: "\"")
  static let backtick = UInt8(ascii: "`")
  static let lineBreak = UInt8(ascii: "\n")
  static let semicolon = UInt8(ascii: ";")
  private static let slash = UInt8(ascii: "/")
  private static let star = UInt8(ascii: "*")
  private static let backslash = UInt8(ascii: "\\")

  /// Calls `body` with each byte of `bytes` in turn: its index, the byte and its context. A
  /// backslash in a string escapes the byte after it; in a quoted name (backticks) it does not.
  /// - Parameter start: the context the text before `bytes` ended in, for text read in parts
  ///   (each part after the first starting with the line break between them).
  /// - Returns: the context the text ends in (`.code` unless it ends in a string, a quoted name
  ///   or a comment).
  @discardableResult
  static func scan(
    _ bytes: [UInt8], from start: Context = .code, _ body: (Int, UInt8, Context) -> Void
  ) -> Context {
    var context = start
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      let next = index + 1 < bytes.count ? bytes[index + 1] : nil
      switch context {
      case .code:
        if byte == slash && next == slash {
          context = .lineComment
        } else if byte == slash && next == star {
          // Both markers now, so that the `*` cannot also close the comment (`/*/`).
          body(index, byte, .blockComment)
          body(index + 1, star, .blockComment)
          index += 2
          context = .blockComment
          continue
        } else if byte == singleQuote || byte == doubleQuote || byte == backtick {
          context = .quoted(byte)
        }
        body(index, byte, context)
      case .quoted(let open):
        body(index, byte, context)
        if byte == backslash && open != backtick, let next {
          index += 1
          body(index, next, context)
        } else if byte == open {
          context = .code
        }
      case .lineComment:
        if byte == lineBreak { context = .code }
        body(index, byte, context)
      case .blockComment:
        body(index, byte, context)
        if byte == star && next == slash {
          index += 1
          body(index, slash, context)
          context = .code
        }
      }
      index += 1
    }
    return context
  }
}
