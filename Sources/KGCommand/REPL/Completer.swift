/// What Tab offers at the cursor: meta-commands at the start of a line, labels and
/// relationship types after `:`, property keys after `.`, parameters after `$`, and functions
/// and keywords elsewhere.
struct Completer {
  var labels: [String] = []
  var relationshipTypes: [String] = []
  var propertyKeys: [String] = []
  var parameters: [String] = []
  var functions: [String] = []
  var keywords: [String] = []
  var metaCommands: [String] = []

  /// The candidates for the word that ends at the cursor, and where that word starts (in
  /// characters). Names match case-sensitively, as Cypher compares them; functions and
  /// keywords ignore case.
  func complete(_ head: String) -> (start: Int, candidates: [String]) {
    let characters = Array(head)
    var start = characters.count
    while start > 0 && isNameCharacter(characters[start - 1]) { start -= 1 }
    let prefix = String(characters[start...])
    let sigil = start > 0 ? characters[start - 1] : nil
    if sigil == ":" && characters[..<(start - 1)].allSatisfy(\.isWhitespace) {
      return (start - 1, matches(metaCommands, ":" + prefix, ignoringCase: false))
    }
    switch sigil {
    case ":": return (start, matches(labels + relationshipTypes, prefix, ignoringCase: false))
    case ".": return (start, matches(propertyKeys, prefix, ignoringCase: false))
    case "$": return (start, matches(parameters, prefix, ignoringCase: false))
    default:
      guard !prefix.isEmpty, sigil != "`", sigil != "'", sigil != "\"" else { return (start, []) }
      return (start, matches(functions + keywords, prefix, ignoringCase: true))
    }
  }

  /// The longest text every candidate starts with.
  static func commonPrefix(_ candidates: [String]) -> String {
    guard var prefix = candidates.first else { return "" }
    for candidate in candidates.dropFirst() {
      prefix = String(zip(prefix, candidate).prefix { $0 == $1 }.map(\.0))
    }
    return prefix
  }

  private func matches(_ names: [String], _ prefix: String, ignoringCase: Bool) -> [String] {
    let wanted = ignoringCase ? prefix.lowercased() : prefix
    let found = names.filter { (ignoringCase ? $0.lowercased() : $0).hasPrefix(wanted) }
    return Array(Set(found)).sorted()
  }

  private func isNameCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "_"
  }
}
