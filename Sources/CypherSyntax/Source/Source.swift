// CypherSyntax: the openCypher text as kg reads it — source positions, tokens, the AST, the
// parser and the printer back to canonical Cypher, and `SyntaxError`. It knows nothing of
// graphs, storage or execution and imports only the standard library.

/// A query's text, with what is needed to turn byte offsets into lines and columns.
public struct Source: Sendable {
  /// The text as given.
  public let text: String
  /// The text's Unicode scalars, which the lexer reads.
  let scalars: [Unicode.Scalar]
  /// The scalar offset at which each line starts.
  private let lineStarts: [Int]

  public init(_ text: String) {
    self.text = text
    scalars = Array(text.unicodeScalars)
    var starts = [0]
    for (offset, scalar) in scalars.enumerated() where scalar == "\n" { starts.append(offset + 1) }
    lineStarts = starts
  }

  /// The span from scalar offset `start` up to (not including) `end`.
  func span(_ start: Int, _ end: Int) -> SourceSpan {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= start { low = middle } else { high = middle - 1 }
    }
    return SourceSpan(
      start: start, end: max(start, end), line: low + 1, column: start - lineStarts[low] + 1)
  }

  /// The text of 1-based line `number`, without its line break.
  public func line(_ number: Int) -> String {
    guard number >= 1 && number <= lineStarts.count else { return "" }
    let start = lineStarts[number - 1]
    let end = number < lineStarts.count ? lineStarts[number] - 1 : scalars.count
    var line = String.UnicodeScalarView()
    line.append(contentsOf: scalars[start..<max(start, end)])
    return String(line).trimmingSuffix("\r")
  }

  /// The source text a span covers.
  public func text(of span: SourceSpan) -> String {
    var text = String.UnicodeScalarView()
    text.append(contentsOf: scalars[min(span.start, scalars.count)..<min(span.end, scalars.count)])
    return String(text)
  }
}

extension String {
  fileprivate func trimmingSuffix(_ suffix: String) -> String {
    hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
  }
}
