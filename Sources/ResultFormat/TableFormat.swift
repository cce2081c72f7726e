import GraphModel

/// Query results as an aligned table drawn with box characters, for a terminal.
///
/// Cells show values as Cypher literals, except that strings show without quotes; a cell wider
/// than `maximumCellWidth` columns is cut with an ellipsis. Widths count terminal columns, so
/// wide (CJK, emoji) and combining characters line up.
public enum TableFormat {
  public static let maximumCellWidth = 40

  public static func render(_ result: QueryResult, maximumCellWidth: Int = maximumCellWidth)
    -> String
  {
    let header = result.columns.map { DisplayWidth.truncate($0, to: maximumCellWidth) }
    let cells = result.rows.map { row in
      row.map { DisplayWidth.truncate(cellText($0), to: maximumCellWidth) }
    }
    var widths = header.map(DisplayWidth.of)
    for row in cells {
      for (column, cell) in row.enumerated() where column < widths.count {
        widths[column] = max(widths[column], DisplayWidth.of(cell))
      }
    }
    func line(_ left: String, _ middle: String, _ right: String) -> String {
      left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: middle) + right
    }
    func row(_ texts: [String]) -> String {
      "│"
        + zip(texts, widths).map {
          " " + $0 + String(repeating: " ", count: $1 - DisplayWidth.of($0)) + " "
        }
        .joined(separator: "│") + "│"
    }
    var lines = [line("┌", "┬", "┐"), row(header)]
    if !cells.isEmpty { lines.append(line("├", "┼", "┤")) }
    lines += cells.map(row)
    lines.append(line("└", "┴", "┘"))
    return lines.joined(separator: "\n") + "\n"
  }

  /// A string as itself; anything else as its Cypher literal.
  static func cellText(_ value: Value) -> String {
    if case .string(let string) = value { return string.replacingNewlines() }
    return CypherLiteral.render(value)
  }
}

extension String {
  /// Line breaks shown as `⏎`, so that one row stays one line.
  fileprivate func replacingNewlines() -> String {
    String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\n" ? "⏎" : $0 }))
  }
}
