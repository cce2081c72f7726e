import Foundation

/// `=~`: whole-string regular-expression matching.
enum RegularExpression {
  /// Whether the whole of `text` matches `pattern`.
  /// - Throws: `ArgumentError` for a pattern that is not a valid regular expression.
  static func matches(_ text: String, _ pattern: String) throws -> Bool {
    let expression: NSRegularExpression
    do {
      expression = try NSRegularExpression(pattern: "^(?:" + pattern + ")$")
    } catch {
      throw ExecutionError(
        .argumentError, "InvalidArgumentValue", "Invalid regular expression: \(pattern)")
    }
    let range = NSRange(text.startIndex..., in: text)
    return expression.firstMatch(in: text, range: range) != nil
  }
}
