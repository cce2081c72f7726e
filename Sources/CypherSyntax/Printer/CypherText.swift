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
}
