import GraphModel

/// Query results as CSV (RFC 4180): a header of the column names, then one line per row.
///
/// Values are written as `PlainText` has them (null is an empty field). A field holding a
/// comma, a quote or a line break is quoted, its quotes doubled. Lines end in CRLF, as the RFC
/// has them.
public enum CSVFormat {
  public static func render(_ result: QueryResult) -> String {
    ([result.columns.map(field)] + result.rows.map { $0.map { field(PlainText.render($0)) } })
      .map { $0.joined(separator: ",") + "\r\n" }.joined()
  }

  private static func field(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
    return "\""
      + text.split(separator: "\"", omittingEmptySubsequences: false)
      .joined(separator: "\"\"") + "\""
  }
}
