/// Gathers lines — typed in the REPL or read from a script — into what to run: a line that
/// starts with `:` between statements is a meta-command; any other line adds to the statement
/// pending until its `;`.
struct StatementLines {
  /// What a line completes.
  enum Input {
    case metaCommand(String)
    /// The statements the line finished (none while a statement goes on).
    case statements([String])
  }

  private var splitter = StatementSplitter()
  /// Whether a line has been read as statement text (the next one follows a line break).
  private var hasStatementText = false

  /// Whether a statement is begun and not finished.
  var isPending: Bool { splitter.isPending }

  mutating func add(_ line: some StringProtocol) -> Input {
    if !isPending && line.trimmingPrefix(while: \.isWhitespace).hasPrefix(":") {
      return .metaCommand(String(line))
    }
    let text = hasStatementText ? "\n" + line : String(line)
    hasStatementText = true
    return .statements(splitter.feed(text))
  }

  /// Forgets the pending statement.
  mutating func clear() { (splitter, hasStatementText) = (StatementSplitter(), false) }

  /// The pending statement, for input that ends without its semicolon.
  var unfinished: [String] { splitter.unfinished.map { [$0] } ?? [] }
}
