import ResultFormat

/// Completion candidates laid out in columns, as shells list them.
enum CandidateList {
  /// The candidates in as many columns as fit in `width`, filled down then across.
  static func render(_ candidates: [String], width: Int) -> String {
    let columnWidth = (candidates.map(DisplayWidth.of).max() ?? 0) + 2
    let columns = max(1, width / columnWidth)
    let rows = (candidates.count + columns - 1) / columns
    return (0..<rows).map { row in
      stride(from: row, to: candidates.count, by: rows).map { index in
        let candidate = candidates[index]
        return candidate + String(repeating: " ", count: columnWidth - DisplayWidth.of(candidate))
      }.joined().trimmingTrailingSpaces() + "\n"
    }.joined()
  }
}

extension String {
  fileprivate func trimmingTrailingSpaces() -> String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
