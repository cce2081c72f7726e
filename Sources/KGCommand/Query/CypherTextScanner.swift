/// Walks Cypher source text a character at a time and tells, for each, whether it is code,
/// part of a string or quoted name, or part of a comment — the one reading the statement
/// splitter and the REPL's history share.
enum CypherTextScanner {
  /// Where a character stands.
  enum Context: Equatable {
    case code
    /// In a string or quoted name opened by the character given, its quotes included.
    case quoted(Character)
    /// In a `//` comment, its slashes included; the line break that ends it is code.
    case lineComment
    /// In a `/* … */` comment, its markers included.
    case blockComment
  }

  /// Calls `body` with each character of `characters` in turn: its index, the character and
  /// its context. A backslash in a string escapes the character after it; in a quoted name
  /// (backticks) it does not.
  /// - Returns: the context the text ends in (`.code` unless it ends in a string, a quoted name
  ///   or a comment).
  @discardableResult
  static func scan(_ characters: [Character], _ body: (Int, Character, Context) -> Void)
    -> Context
  {
    var context = Context.code
    var index = 0
    while index < characters.count {
      let character = characters[index]
      let next = index + 1 < characters.count ? characters[index + 1] : nil
      switch context {
      case .code:
        if character == "/" && next == "/" {
          context = .lineComment
        } else if character == "/" && next == "*" {
          // Both markers now, so that the `*` cannot also close the comment (`/*/`).
          body(index, character, .blockComment)
          body(index + 1, "*", .blockComment)
          index += 2
          context = .blockComment
          continue
        } else if character == "'" || character == "\"" || character == "`" {
          context = .quoted(character)
        }
        body(index, character, context)
      case .quoted(let open):
        body(index, character, context)
        if character == "\\" && open != "`", let next {
          index += 1
          body(index, next, context)
        } else if character == open {
          context = .code
        }
      case .lineComment:
        if character == "\n" { context = .code }
        body(index, character, context)
      case .blockComment:
        body(index, character, context)
        if character == "*" && next == "/" {
          index += 1
          body(index, "/", context)
          context = .code
        }
      }
      index += 1
    }
    return context
  }
}
