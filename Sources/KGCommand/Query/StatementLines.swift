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

  /// The text of the statement begun and not finished yet, as written.
  private(set) var pending = ""

  /// Whether a statement is begun and not finished.
  var isPending: Bool { !pending.isEmpty }

  mutating func add(_ line: some StringProtocol) -> Input {
    if pending.isEmpty && line.trimmingPrefix(while: \.isWhitespace).hasPrefix(":") {
      return .metaCommand(String(line))
    }
    pending += (pending.isEmpty ? "" : "\n") + line
    let (statements, remainder) = StatementSplitter.splitFinished(pending)
    pending = StatementSplitter.isBlank(remainder) ? "" : remainder
    return .statements(statements)
  }

  /// Forgets the pending statement.
  mutating func clear() { pending = "" }

  /// The pending statement, for input that ends without its semicolon.
  var unfinished: [String] { StatementSplitter.split(pending) }
}
