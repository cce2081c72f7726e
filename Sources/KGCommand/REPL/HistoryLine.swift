/// A statement typed on several lines, written on one for the history (whose entries are
/// lines) so that it reads the same: line breaks and the blanks around them become one space,
/// a line break in a string becomes `\n`, and a `//` comment that a line break ended becomes
/// `/* … */`.
enum HistoryLine {
  /// `lines`, typed as one input, on one line; nil when no line reads the same (a line break
  /// in a quoted name, or a `//` comment holding `*/`). A first line's leading blank stays as
  /// one space (it keeps an entry out of the history).
  static func joining(_ lines: [String]) -> String? {
    var joined: [UInt8] = []
    /// After a line break outside strings: blanks are dropped up to the next text, which
    /// is put after one space.
    var atBreak = true
    /// The `//` comment being read, slashes included.
    var comment: [UInt8]?
    var isSameReading = true
    func append(_ bytes: some Sequence<UInt8>) {
      if atBreak && !joined.isEmpty { joined.append(space) }
      atBreak = false
      joined.append(contentsOf: bytes)
    }
    let endsIn = CypherTextScanner.scan(Array(lines.joined(separator: "\n").utf8)) {
      _, byte, context in
      if context == .lineComment {
        if comment == nil { comment = [] }
        comment?.append(byte)
        return
      }
      if let text = comment {
        // The line break after a `//` comment: the comment is closed instead.
        let body = trimmingTrailingBlanks(text.dropFirst(2))
        if String(decoding: body, as: UTF8.self).contains("*/") { isSameReading = false }
        append(Array("/*".utf8) + body + Array(" */".utf8))
        comment = nil
      }
      switch context {
      case .quoted(CypherTextScanner.backtick) where byte == CypherTextScanner.lineBreak:
        isSameReading = false
      case .quoted where byte == CypherTextScanner.lineBreak: append("\\n".utf8)
      case .quoted: append(CollectionOfOne(byte))
      case .code, .blockComment, .lineComment:
        if byte == CypherTextScanner.lineBreak {
          joined = Array(trimmingTrailingBlanks(joined[...]))
          atBreak = true
        } else if !(atBreak && isBlank(byte)) {
          append(CollectionOfOne(byte))
        }
      }
    }
    if let comment { append(comment) }
    guard isSameReading else { return nil }
    if endsIn == .code { joined = Array(trimmingTrailingBlanks(joined[...])) }
    let text = String(decoding: joined, as: UTF8.self)
    return lines.first?.first == " " ? " " + text : text
  }

  private static let space = UInt8(ascii: " ")

  private static func isBlank(_ byte: UInt8) -> Bool { byte == space || byte == UInt8(ascii: "\t") }

  /// `bytes` without the spaces and tabs they end with.
  private static func trimmingTrailingBlanks(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var end = bytes.endIndex
    while end > bytes.startIndex, isBlank(bytes[end - 1]) { end -= 1 }
    return bytes[bytes.startIndex..<end]
  }
}
