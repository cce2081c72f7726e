/// Splits a query's text into tokens.
///
/// Words, numbers, strings, parameters and symbols; whitespace and `//` and `/* */` comments are
/// skipped. Numbers are kept as written so that a minus sign can join them (`-0x8000000000000000`
/// fits in 64 bits; its magnitude does not).
public struct Lexer {
  private let source: Source
  private var offset = 0
  private var scalars: [Unicode.Scalar] { source.scalars }

  public init(_ source: Source) { self.source = source }

  /// All tokens of the source, ending with `.end`.
  /// - Throws: `SyntaxError` for a character or literal that cannot start or form a token.
  public static func tokenize(_ source: Source) throws(SyntaxError) -> [Token] {
    var lexer = Lexer(source)
    var tokens: [Token] = []
    while true {
      let token = try lexer.next()
      tokens.append(token)
      if token.kind == .end { return tokens }
    }
  }

  mutating func next() throws(SyntaxError) -> Token {
    try skipTrivia()
    let start = offset
    guard let scalar = peek() else { return Token(kind: .end, span: source.span(start, start)) }
    let kind: Token.Kind
    switch scalar {
    case "'", "\"": kind = .string(try readString(quote: scalar))
    case "`": kind = .quotedName(try readQuotedName())
    case "$": kind = .parameter(try readParameter())
    case "0"..."9": kind = try readNumber()
    case "." where peek(1).map(Self.isDigit) == true: kind = try readNumber()
    default:
      if Self.isWordStart(scalar) {
        kind = .word(readWord())
      } else if let symbol = readSymbol() {
        kind = .symbol(symbol)
      } else {
        let detail: SyntaxError.Detail =
          scalar.isASCII ? .unexpectedSyntax : .invalidUnicodeCharacter
        throw SyntaxError(
          detail, "Invalid input '\(Character(scalar))'", at: source.span(start, start + 1))
      }
    }
    return Token(kind: kind, span: source.span(start, offset))
  }

  // MARK: Characters

  private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
    offset + ahead < scalars.count ? scalars[offset + ahead] : nil
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

  static func isWordStart(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "_" || scalar.properties.isAlphabetic
  }

  static func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
    isWordStart(scalar) || scalar.properties.numericType != nil
  }

  private mutating func skipTrivia() throws(SyntaxError) {
    while let scalar = peek() {
      if scalar.properties.isWhitespace {
        offset += 1
      } else if scalar == "/" && peek(1) == "/" {
        while let next = peek(), next != "\n" { offset += 1 }
      } else if scalar == "/" && peek(1) == "*" {
        let start = offset
        offset += 2
        while !(peek() == "*" && peek(1) == "/") {
          guard peek() != nil else {
            throw SyntaxError(
              .unexpectedSyntax, "Unterminated comment", at: source.span(start, start + 2))
          }
          offset += 1
        }
        offset += 2
      } else {
        return
      }
    }
  }

  // MARK: Tokens

  private mutating func readWord() -> String {
    var word = String.UnicodeScalarView()
    while let scalar = peek(), Self.isWordPart(scalar) {
      word.append(scalar)
      offset += 1
    }
    return String(word)
  }

  private mutating func readQuotedName() throws(SyntaxError) -> String {
    let start = offset
    offset += 1
    var name = String.UnicodeScalarView()
    while true {
      guard let scalar = peek() else {
        throw SyntaxError(
          .unexpectedSyntax, "Unterminated quoted name", at: source.span(start, start + 1))
      }
      offset += 1
      if scalar == "`" {
        guard peek() == "`" else { return String(name) }
        offset += 1
      }
      name.append(scalar)
    }
  }

  private mutating func readParameter() throws(SyntaxError) -> String {
    let start = offset
    offset += 1
    if peek() == "`" { return try readQuotedName() }
    let name = readWord()
    guard !name.isEmpty else {
      throw SyntaxError(
        .unexpectedSyntax, "Invalid input '$': expected a parameter name",
        at: source.span(start, start + 1))
    }
    return name
  }

  private mutating func readNumber() throws(SyntaxError) -> Token.Kind {
    let start = offset
    if peek() == "0", let prefix = peek(1), prefix == "x" || prefix == "o" {
      offset += 2
      let digits = readWord()
      let isValid =
        prefix == "x"
        ? digits.allSatisfy(\.isHexDigit) : digits.allSatisfy { ("0"..."7").contains($0) }
      guard !digits.isEmpty, isValid else {
        throw SyntaxError(
          .invalidNumberLiteral,
          "Invalid number literal '\(source.text(of: source.span(start, offset)))'",
          at: source.span(start, offset))
      }
      return .integer("0\(prefix)\(digits)")
    }
    var isFloat = false
    readDigits()
    if peek() == ".", peek(1).map(Self.isDigit) == true {
      isFloat = true
      offset += 1
      readDigits()
    }
    if let e = peek(), e == "e" || e == "E" {
      let sign = peek(1) == "+" || peek(1) == "-" ? 1 : 0
      if peek(1 + sign).map(Self.isDigit) == true {
        isFloat = true
        offset += 1 + sign
        readDigits()
      }
    }
    let text = source.text(of: source.span(start, offset))
    if let next = peek(), Self.isWordStart(next) {
      throw SyntaxError(
        .unexpectedSyntax,
        "Invalid input '\(text)\(Character(next))': a number cannot run into a name",
        at: source.span(start, offset + 1))
    }
    return isFloat ? .float(text) : .integer(text)
  }

  private mutating func readDigits() {
    while let scalar = peek(), Self.isDigit(scalar) { offset += 1 }
  }

  private mutating func readString(quote: Unicode.Scalar) throws(SyntaxError) -> String {
    let start = offset
    offset += 1
    var value = String.UnicodeScalarView()
    while true {
      guard let scalar = peek() else {
        throw SyntaxError(
          .unexpectedSyntax, "Unterminated string literal", at: source.span(start, start + 1))
      }
      offset += 1
      if scalar == quote { return String(value) }
      guard scalar == "\\" else {
        value.append(scalar)
        continue
      }
      value.append(try readEscape())
    }
  }

  private mutating func readEscape() throws(SyntaxError) -> Unicode.Scalar {
    let start = offset - 1
    guard let escaped = peek() else {
      throw SyntaxError(
        .unexpectedSyntax, "Unterminated string literal", at: source.span(start, start + 1))
    }
    offset += 1
    switch escaped {
    case "\\", "'", "\"": return escaped
    case "b": return "\u{8}"
    case "f": return "\u{C}"
    case "n": return "\n"
    case "r": return "\r"
    case "t": return "\t"
    case "u", "U":
      let width = escaped == "u" ? 4 : 8
      var hex = ""
      while hex.count < width, let digit = peek(), Character(digit).isHexDigit {
        hex.unicodeScalars.append(digit)
        offset += 1
      }
      guard hex.count == width, let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code)
      else {
        // Show the character that cut the escape short, if there is one.
        let shown = source.span(start, min(offset + (hex.count < width ? 1 : 0), scalars.count))
        throw SyntaxError(
          .invalidUnicodeLiteral, "Invalid Unicode escape '\(source.text(of: shown))'", at: shown)
      }
      return scalar
    default:
      throw SyntaxError(
        .unexpectedSyntax, "Invalid escape sequence '\\\(Character(escaped))'",
        at: source.span(start, offset))
    }
  }

  /// The longest symbol at the current offset.
  private mutating func readSymbol() -> Symbol? {
    let rest = scalars[offset...]
    for (symbolScalars, symbol) in Self.symbolScalars where rest.starts(with: symbolScalars) {
      offset += symbolScalars.count
      return symbol
    }
    return nil
  }

  /// Every symbol's scalars, the longer first, so that `<=` is read before `<`.
  private static let symbolScalars: [(scalars: [Unicode.Scalar], symbol: Symbol)] =
    Symbol.allCases.map { (Array($0.rawValue.unicodeScalars), $0) }
    .sorted { $0.scalars.count > $1.scalars.count }
}
