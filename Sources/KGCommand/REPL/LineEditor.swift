import ResultFormat

/// Reads one line from the terminal with Emacs-style editing: the arrows, Home/End,
/// Ctrl-A/E/B/F/K/U/W/L, Alt-B/F, history with Up/Down and Ctrl-P/N, Ctrl-R to search the
/// history, and Tab to complete. A line wider than the terminal scrolls sideways.
struct LineEditor {
  /// How reading a line ended.
  enum Outcome: Equatable {
    case line(String)
    /// Ctrl-C: the line was abandoned.
    case interrupted
    /// Ctrl-D on an empty line, or the end of input.
    case endOfInput
  }

  let terminal: Terminal
  let input: InputBytes
  let history: History
  /// The completions for the text before the cursor.
  let complete: (String) -> (start: Int, candidates: [String])

  /// Shows `prompt` and edits a line until Enter, Ctrl-C or Ctrl-D.
  func readLine(prompt: String) -> Outcome {
    var session = Session(editor: self, prompt: prompt)
    return session.run()
  }

  /// The state of one line's editing.
  private struct Session {
    let editor: LineEditor
    let prompt: String
    var buffer = LineBuffer()
    /// Where Up and Down are in the history; `entries.count` is the line being written.
    var historyIndex: Int
    /// The line being written, kept while browsing the history.
    var draft = ""

    init(editor: LineEditor, prompt: String) {
      self.editor = editor
      self.prompt = prompt
      historyIndex = editor.history.entries.count
    }

    mutating func run() -> Outcome {
      refresh()
      while let key = Key.read(from: editor.input) {
        if let outcome = handle(key) { return outcome }
      }
      return .endOfInput
    }

    private mutating func handle(_ key: Key) -> Outcome? {
      switch key {
      case .enter:
        editor.terminal.write("\n")
        return .line(buffer.text)
      case .interrupt:
        editor.terminal.write("^C\n")
        return .interrupted
      case .endOfInput:
        guard !buffer.characters.isEmpty else {
          editor.terminal.write("\n")
          return .endOfInput
        }
        buffer.deleteForward()
      case .character(let character): buffer.insert(String(character))
      case .backspace: buffer.deleteBackward()
      case .delete: buffer.deleteForward()
      case .left: buffer.moveLeft()
      case .right: buffer.moveRight()
      case .home: buffer.moveHome()
      case .end: buffer.moveEnd()
      case .wordLeft: buffer.moveWordLeft()
      case .wordRight: buffer.moveWordRight()
      case .killToEnd: buffer.killToEnd()
      case .killToStart: buffer.killToStart()
      case .deleteWordBackward: buffer.deleteWordBackward()
      case .up: showHistory(at: historyIndex - 1)
      case .down: showHistory(at: historyIndex + 1)
      case .tab: completeWord()
      case .clearScreen: editor.terminal.write("\u{1B}[H\u{1B}[2J")
      case .suspend:
        editor.terminal.write("^Z\n")
        editor.terminal.suspend()
      case .reverseSearch:
        var search = HistorySearch(entries: editor.history.entries, original: buffer)
        switch search.run(editor) {
        case .accept(let line): return .line(line)
        case .edit(let found): buffer = found
        case .interrupted: return .interrupted
        }
      case .cancel: break
      }
      refresh()
      return nil
    }

    private mutating func showHistory(at index: Int) {
      let entries = editor.history.entries
      guard index >= 0, index <= entries.count, index != historyIndex else { return }
      if historyIndex == entries.count { draft = buffer.text }
      historyIndex = index
      buffer = LineBuffer(index == entries.count ? draft : entries[index])
    }

    /// Completes the word at the cursor as far as every candidate agrees; when that adds
    /// nothing and there are several, lists them under the line.
    private mutating func completeWord() {
      let (start, candidates) = editor.complete(buffer.head)
      guard !candidates.isEmpty else { return }
      let word = String(buffer.characters[start..<buffer.cursor])
      let common = candidates.count == 1 ? candidates[0] : Completer.commonPrefix(candidates)
      if common.count > word.count || (candidates.count == 1 && common != word) {
        buffer.replace(from: start, with: common)
      } else if candidates.count > 1 {
        editor.terminal.write(
          "\n" + CandidateList.render(candidates, width: editor.terminal.columns))
      }
    }

    private func refresh() {
      editor.showLine(prompt: prompt, buffer)
    }
  }

  /// Draws `prompt` and `buffer` on the current terminal line, scrolled so the cursor shows.
  func showLine(prompt: String, _ buffer: LineBuffer) {
    let promptWidth = DisplayWidth.of(prompt)
    let room = max(1, terminal.columns - promptWidth - 1)
    let widths = buffer.characters.map { DisplayWidth.of(String($0)) }
    var start = 0
    var beforeCursor = widths[..<buffer.cursor].reduce(0, +)
    while beforeCursor > room {
      beforeCursor -= widths[start]
      start += 1
    }
    var end = start
    var used = 0
    while end < widths.count && used + widths[end] <= room {
      used += widths[end]
      end += 1
    }
    let column = promptWidth + beforeCursor
    terminal.write(
      "\r" + prompt + String(buffer.characters[start..<end]) + "\u{1B}[0K\r"
        + (column > 0 ? "\u{1B}[\(column)C" : ""))
  }
}
