/// A statement typed on several lines, written on one for the history (whose entries are
/// lines) so that it reads the same: line breaks and the blanks around them become one space,
/// a line break in a string becomes `\n`, and a `//` comment that a line break ended becomes
/// `/* … */`.
enum HistoryLine {
  /// `lines`, typed as one input, on one line; nil when no line reads the same (a line break
  /// in a quoted name, or a `//` comment holding `*/`). A first line's leading blank stays as
  /// one space (it keeps an entry out of the history).
  static func joining(_ lines: [String]) -> String? {
    var joined = ""
    /// After a line break outside strings: blanks are dropped up to the next text, which
    /// is put after one space.
    var atBreak = true
    /// The `//` comment being read, slashes included.
    var comment: String?
    var isSameReading = true
    var endsInCode = true
    func append(_ text: String) {
      if atBreak && !joined.isEmpty { joined.append(" ") }
      atBreak = false
      joined += text
    }
    CypherTextScanner.scan(Array(lines.joined(separator: "\n"))) { _, character, context in
      endsInCode = context == .code
      if context == .lineComment {
        comment = (comment ?? "") + String(character)
        return
      }
      if let text = comment {
        // The line break after a `//` comment: the comment is closed instead.
        let body = text.dropFirst(2)
        if body.contains("*/") { isSameReading = false }
        append("/*" + body.trimmingTrailingBlanks + " */")
        comment = nil
      }
      switch context {
      case .quoted("`") where character == "\n": isSameReading = false
      case .quoted where character == "\n": append("\\n")
      case .quoted: append(String(character))
      case .code, .blockComment, .lineComment:
        if character == "\n" {
          joined = String(joined.trimmingTrailingBlanks)
          atBreak = true
        } else if !(atBreak && (character == " " || character == "\t")) {
          append(String(character))
        }
      }
    }
    if let comment { append(comment) }
    guard isSameReading else { return nil }
    if endsInCode { joined = String(joined.trimmingTrailingBlanks) }
    return lines.first?.first == " " ? " " + joined : joined
  }
}

extension StringProtocol {
  /// The text without the spaces and tabs it ends with.
  fileprivate var trimmingTrailingBlanks: SubSequence {
    var end = endIndex
    while end > startIndex, self[index(before: end)] == " " || self[index(before: end)] == "\t" {
      end = index(before: end)
    }
    return self[startIndex..<end]
  }
}
