/// Splits text into statements at semicolons outside strings, quoted names and comments.
enum StatementSplitter {
  static func split(_ text: String) -> [String] {
    var statements: [String] = []
    var current = ""
    var quote: Character?
    let iterator = Array(text)
    var index = 0
    func flush() {
      let statement = current.trimmingCharacters(in: .whitespacesAndNewlines)
      if !statement.isEmpty { statements.append(statement) }
      current = ""
    }
    while index < iterator.count {
      let character = iterator[index]
      let nextCharacter = index + 1 < iterator.count ? iterator[index + 1] : nil
      if let open = quote {
        current.append(character)
        if character == "\\" && open != "`", let nextCharacter {
          current.append(nextCharacter)
          index += 1
        } else if character == open {
          quote = nil
        }
      } else if character == "/" && nextCharacter == "/" {
        while index < iterator.count && iterator[index] != "\n" { index += 1 }
        continue
      } else if character == "/" && nextCharacter == "*" {
        index += 2
        while index + 1 < iterator.count && !(iterator[index] == "*" && iterator[index + 1] == "/")
        {
          index += 1
        }
        index += 2
        continue
      } else if character == ";" {
        flush()
      } else {
        if character == "'" || character == "\"" || character == "`" { quote = character }
        current.append(character)
      }
      index += 1
    }
    flush()
    return statements
  }
}
