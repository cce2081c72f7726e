/// Splits text into statements at semicolons outside strings, quoted names and comments.
enum StatementSplitter {
  /// Every statement in `text`, the last one with or without its semicolon.
  static func split(_ text: String) -> [String] {
    let (statements, remainder) = splitFinished(text)
    return statements + splitFinished(remainder + "\n;").statements
  }

  /// `lines`, typed as one input, on one line — trimmed and joined by single spaces — when that
  /// reads the same: when no line but the last ends inside a string, a quoted name or a
  /// comment. Nil otherwise. A first line's leading space stays (it keeps a line out of the
  /// history).
  static func oneLine(_ lines: [String]) -> String? {
    var text = ""
    for line in lines.dropLast() {
      text += (text.isEmpty ? "" : "\n") + line
      // A semicolon after a space ends the statement unless the text ends in a string, a
      // quoted name or a comment, which would swallow it.
      guard splitFinished(text + " ;").remainder.isEmpty else { return nil }
    }
    let joined = lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      .joined(separator: " ")
    return lines.first?.first == " " ? " " + joined : joined
  }

  /// The statements `text` ends with a semicolon, and the text after the last one: what the
  /// REPL keeps while a statement spans several lines. Comments are left out of the statements
  /// but kept in the remainder, which is the source as typed.
  static func splitFinished(_ text: String) -> (statements: [String], remainder: String) {
    var statements: [String] = []
    var current = ""
    var quote: Character?
    let characters = Array(text)
    var index = 0
    var remainderStart = 0
    while index < characters.count {
      let character = characters[index]
      let nextCharacter = index + 1 < characters.count ? characters[index + 1] : nil
      if let open = quote {
        current.append(character)
        if character == "\\" && open != "`", let nextCharacter {
          current.append(nextCharacter)
          index += 1
        } else if character == open {
          quote = nil
        }
      } else if character == "/" && nextCharacter == "/" {
        while index < characters.count && characters[index] != "\n" { index += 1 }
        continue
      } else if character == "/" && nextCharacter == "*" {
        index += 2
        while index + 1 < characters.count
          && !(characters[index] == "*" && characters[index + 1] == "/")
        {
          index += 1
        }
        index += 2
        continue
      } else if character == ";" {
        let statement = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !statement.isEmpty { statements.append(statement) }
        current = ""
        remainderStart = index + 1
      } else {
        if character == "'" || character == "\"" || character == "`" { quote = character }
        current.append(character)
      }
      index += 1
    }
    return (statements, String(characters[min(remainderStart, characters.count)...]))
  }
}
