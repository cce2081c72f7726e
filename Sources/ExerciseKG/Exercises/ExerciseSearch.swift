import Foundation

/// A search of the exercise catalogue: keywords, filters and a page (`GET /v1/exercises`).
public struct ExerciseSearch: Sendable, Hashable {
  /// Keywords matched against name, instructions and category (every word must occur; the last
  /// may be a prefix), or nil to list every exercise by name.
  public var text: String?
  /// A muscle group the exercise targets; a region stands for its parts.
  public var muscle: String?
  /// Equipment the exercise requires; a group stands for its parts.
  public var equipment: String?
  /// A goal the exercise serves.
  public var goal: String?
  /// The hardest difficulty to include, 1 to 3.
  public var level: Int
  /// Exercises per page, 1 to 100.
  public var limit: Int
  /// Where the page starts: the `nextCursor` of the page before, or nil for the first.
  public var cursor: String?

  public init(
    text: String? = nil, muscle: String? = nil, equipment: String? = nil, goal: String? = nil,
    level: Int = 3, limit: Int = 20, cursor: String? = nil
  ) {
    self.text = text
    self.muscle = muscle
    self.equipment = equipment
    self.goal = goal
    self.level = level
    self.limit = limit
    self.cursor = cursor
  }
}

/// One page of search results: best keyword matches first (or by name), and the cursor of
/// the next page when there is one.
public struct ExercisePage: Sendable, Hashable, Codable {
  public let items: [ExerciseSummary]
  public let nextCursor: String?
}

/// Where a page starts, opaque to clients: the offset into the ordered results, base64url.
enum PageCursor {
  static func make(offset: Int) -> String {
    Data("o:\(offset)".utf8).base64EncodedString()
      .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
      .replacingOccurrences(of: "=", with: "")
  }

  static func offset(of cursor: String) throws(RecommendationError) -> Int {
    var base64 = cursor.replacingOccurrences(of: "-", with: "+")
      .replacingOccurrences(of: "_", with: "/")
    base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
    guard let data = Data(base64Encoded: base64),
      let text = String(data: data, encoding: .utf8), text.hasPrefix("o:"),
      let offset = Int(text.dropFirst(2)), offset >= 0
    else { throw .invalidArgument(field: "cursor", reason: "not a cursor this API gave out") }
    return offset
  }
}
