/// Why a recommendation request cannot be answered.
public enum RecommendationError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Names the graph does not know, each with the field it came in and close matches.
  case unknownNames([UnknownName])
  /// A value out of its range, such as a level of 7.
  case invalidArgument(field: String, reason: String)

  public var description: String {
    switch self {
    case .unknownNames(let names):
      names.map(\.description).joined(separator: "; ")
    case .invalidArgument(let field, let reason):
      "\(field): \(reason)"
    }
  }
}

/// A name in a request that matches nothing in the graph.
public struct UnknownName: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The request field: `goal`, `muscles`, `equipment` or `avoid`.
  public let field: String
  public let name: String
  /// Known names close to it, closest first.
  public let suggestions: [String]

  public init(field: String, name: String, suggestions: [String]) {
    self.field = field
    self.name = name
    self.suggestions = suggestions
  }

  public var description: String {
    let hint = suggestions.isEmpty ? "" : " (did you mean \(suggestions.joined(separator: ", "))?)"
    return "unknown \(field) '\(name)'\(hint)"
  }
}
