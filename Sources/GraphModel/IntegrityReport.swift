/// What an integrity check found: nothing, when the store is sound.
public struct IntegrityReport: Equatable, Sendable {
  /// One line per problem found.
  public let problems: [String]
  /// Whether no problem was found.
  public var isOK: Bool { problems.isEmpty }

  public init(problems: [String]) { self.problems = problems }
}
