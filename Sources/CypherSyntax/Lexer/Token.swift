/// One lexical unit of a query.
public struct Token: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    /// A word: a keyword, a name, a function. Keywords are recognised by the parser, case-insensitively.
    case word(String)
    /// A name in backquotes, never a keyword.
    case quotedName(String)
    /// An integer literal as written (`42`, `0x2A`, `0o52`); the parser gives it its value.
    case integer(String)
    /// A float literal as written.
    case float(String)
    /// A string literal, escapes decoded.
    case string(String)
    /// `$name` or `$0`.
    case parameter(String)
    case symbol(Symbol)
    case end
  }

  public let kind: Kind
  public let span: SourceSpan
}

/// Punctuation and operators. The parser builds arrows (`<-`, `->`, `--`) from `<`, `-` and `>`.
public enum Symbol: String, Hashable, Sendable, CaseIterable {
  case leftParenthesis = "("
  case rightParenthesis = ")"
  case leftBracket = "["
  case rightBracket = "]"
  case leftBrace = "{"
  case rightBrace = "}"
  case comma = ","
  case dot = "."
  case dotDot = ".."
  case colon = ":"
  case pipe = "|"
  case semicolon = ";"
  case equal = "="
  case notEqual = "<>"
  case less = "<"
  case greater = ">"
  case lessOrEqual = "<="
  case greaterOrEqual = ">="
  case plus = "+"
  case minus = "-"
  case star = "*"
  case slash = "/"
  case percent = "%"
  case caret = "^"
  case regexMatch = "=~"
  case plusEqual = "+="
}
