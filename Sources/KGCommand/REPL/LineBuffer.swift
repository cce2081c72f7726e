/// The line being edited and the cursor in it, counted in characters, with the edits the keys
/// make. Moving by words stops at runs of letters, digits and `_`; Ctrl-W deletes back to the
/// previous space, as readline does.
struct LineBuffer: Equatable {
  private(set) var characters: [Character] = []
  private(set) var cursor = 0

  init(_ text: String = "") {
    characters = Array(text)
    cursor = characters.count
  }

  var text: String { String(characters) }

  /// The text before the cursor.
  var head: String { String(characters[..<cursor]) }

  /// Inserts `text` at the cursor, which moves past it. A combining mark joins the character
  /// before it, as it does on screen.
  mutating func insert(_ text: String) {
    let before = head + text
    characters = Array(before + String(characters[cursor...]))
    cursor = min(before.count, characters.count)
  }

  mutating func deleteBackward() {
    guard cursor > 0 else { return }
    characters.remove(at: cursor - 1)
    cursor -= 1
  }

  mutating func deleteForward() {
    guard cursor < characters.count else { return }
    characters.remove(at: cursor)
  }

  mutating func moveLeft() { cursor = max(0, cursor - 1) }
  mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
  mutating func moveHome() { cursor = 0 }
  mutating func moveEnd() { cursor = characters.count }

  /// To the start of this word, or of the previous one when between words.
  mutating func moveWordLeft() { cursor = startOfWord(before: cursor) }

  /// To the end of this word, or of the next one when between words.
  mutating func moveWordRight() {
    var index = cursor
    while index < characters.count && !isWordCharacter(characters[index]) { index += 1 }
    while index < characters.count && isWordCharacter(characters[index]) { index += 1 }
    cursor = index
  }

  /// Deletes from the cursor to the end of the line.
  mutating func killToEnd() { characters.removeSubrange(cursor...) }

  /// Deletes from the start of the line to the cursor.
  mutating func killToStart() {
    characters.removeSubrange(..<cursor)
    cursor = 0
  }

  /// Deletes the word before the cursor and the spaces after it (Ctrl-W).
  mutating func deleteWordBackward() {
    var start = cursor
    while start > 0 && characters[start - 1].isWhitespace { start -= 1 }
    while start > 0 && !characters[start - 1].isWhitespace { start -= 1 }
    characters.removeSubrange(start..<cursor)
    cursor = start
  }

  /// Replaces the characters from `start` to the cursor with `text` (a completion).
  mutating func replace(from start: Int, with text: String) {
    characters.removeSubrange(start..<cursor)
    cursor = start
    insert(text)
  }

  private func startOfWord(before position: Int) -> Int {
    var index = position
    while index > 0 && !isWordCharacter(characters[index - 1]) { index -= 1 }
    while index > 0 && isWordCharacter(characters[index - 1]) { index -= 1 }
    return index
  }

  private func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "_"
  }
}
