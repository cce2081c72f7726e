import GraphModel

/// The text a full-text index takes from one property value: a string, or the strings of a
/// list joined by newlines (exercise instructions are a list of steps); anything else gives none.
enum FullTextText {
  static func of(_ value: Value?) -> String? {
    switch value {
    case .string(let string): return string
    case .list(let elements):
      let strings = elements.compactMap(\.stringValue)
      return strings.isEmpty ? nil : strings.joined(separator: "\n")
    default: return nil
    }
  }
}
