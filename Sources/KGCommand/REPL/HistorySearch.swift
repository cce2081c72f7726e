/// Ctrl-R: an incremental search back through the history, as in bash. Typing narrows it,
/// Ctrl-R again finds an older match, Enter runs the match, a cursor key keeps it for editing,
/// and Escape or Ctrl-G puts back the line as it was.
struct HistorySearch {
  enum Outcome {
    /// Enter: run this line.
    case accept(String)
    /// Keep this line in the editor.
    case edit(LineBuffer)
    /// Ctrl-C.
    case interrupted
  }

  let entries: [String]
  let original: LineBuffer
  private var query = ""
  /// The entry matched; `entries.count` when none is.
  private var index: Int

  init(entries: [String], original: LineBuffer) {
    self.entries = entries
    self.original = original
    index = entries.count
  }

  private var match: String? { index < entries.count ? entries[index] : nil }

  mutating func run(_ editor: LineEditor) -> Outcome {
    show(editor)
    while let key = Key.read(from: editor.input) {
      switch key {
      case .character(let character):
        query.append(character)
        find(from: min(index, entries.count - 1))
      case .backspace:
        guard !query.isEmpty else { break }
        query.removeLast()
        find(from: entries.count - 1)
      case .reverseSearch:
        find(from: index - 1)
      case .enter:
        editor.terminal.write("\n")
        return .accept(match ?? original.text)
      case .interrupt:
        editor.terminal.write("^C\n")
        return .interrupted
      case .cancel, .endOfInput:
        return .edit(original)
      default:
        return .edit(match.map { LineBuffer($0) } ?? original)
      }
      show(editor)
    }
    return .edit(original)
  }

  /// The newest entry at or before `start` containing the query; when there is none, the
  /// match stays where it was.
  private mutating func find(from start: Int) {
    guard !query.isEmpty else { return }
    var candidate = start
    while candidate >= 0 {
      if entries[candidate].contains(query) {
        index = candidate
        return
      }
      candidate -= 1
    }
  }

  private func show(_ editor: LineEditor) {
    let failing = !query.isEmpty && !(match?.contains(query) ?? false)
    editor.showLine(
      prompt: "(\(failing ? "failing " : "")reverse-i-search)`\(query)': ",
      LineBuffer(match ?? ""))
  }
}
