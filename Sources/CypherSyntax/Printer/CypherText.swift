/// Cypher's lexical forms for text, shared by everything that writes Cypher.
public enum CypherText {
  /// A string literal in single quotes that the lexer reads back as `string`: backslashes,
  /// quotes and control characters escaped, everything else as it is.
  public static func quoted(_ string: String) -> String {
    var text = "'"
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\\": text += "\\\\"
      case "'": text += "\\'"
      case "\n": text += "\\n"
      case "\r": text += "\\r"
      case "\t": text += "\\t"
      case "\u{8}": text += "\\b"
      case "\u{C}": text += "\\f"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        let hex = String(scalar.value, radix: 16, uppercase: true)
        text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: text.unicodeScalars.append(scalar)
      }
    }
    return text + "'"
  }

  /// A name (label, type, key, variable) as Cypher writes it: bare when the lexer reads it as
  /// one word, otherwise in backquotes with inner backquotes doubled.
  public static func name(_ name: String) -> String {
    let scalars = name.unicodeScalars
    let isWord =
      scalars.first.map(Lexer.isWordStart) == true && scalars.allSatisfy(Lexer.isWordPart)
    if isWord { return name }
    return "`"
      + name.split(separator: "`", omittingEmptySubsequences: false).joined(separator: "``") + "`"
  }

  /// A float as Cypher reads it back: always with a fraction or an exponent (`1.0`, `1e+20`),
  /// in the shortest form that reads back exactly; `NaN`, `Inf` and `-Inf` as such.
  public static func float(_ float: Double) -> String {
    if float.isNaN { return "NaN" }
    if float.isInfinite { return float < 0 ? "-Inf" : "Inf" }
    let text = "\(float)"
    return text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) ? text : text + ".0"
  }
}
