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

  /// Whether a statement is begun and not finished.
  var isPending: Bool { splitter.isPending }

  mutating func add(_ line: some StringProtocol) -> Input {
    if !isPending && line.trimmingPrefix(while: \.isWhitespace).hasPrefix(":") {
      return .metaCommand(String(line))
    }
    // Each line after the line break before it, which ends a `//` comment on the line before
    // (a break before the first is a blank the statement is trimmed of).
    return .statements(splitter.feed("\n" + line))
  }

  /// Forgets the pending statement.
  mutating func clear() { splitter = StatementSplitter() }

  /// The pending statement, for input that ends without its semicolon.
  var unfinished: [String] { splitter.unfinished.map { [$0] } ?? [] }
}
