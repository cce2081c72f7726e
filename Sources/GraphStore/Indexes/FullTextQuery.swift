/// Turns a person's keywords into an FTS5 query that cannot be a syntax error.
///
/// Each run of letters and digits becomes a quoted term and every term must match (as in a web
/// search); FTS5's own operators in the input are treated as plain words. The last term also
/// matches as a prefix, so "bench pre" finds "bench press".
enum FullTextQuery {
  static func make(from text: String) -> String? {
    let terms = text.split { !$0.isLetter && !$0.isNumber }.map { $0.lowercased() }
    guard let last = terms.last else { return nil }
    return (terms.dropLast().map { "\"\($0)\"" } + ["\"\(last)\" *"]).joined(separator: " ")
  }
}
