/// Where a piece of a query sits in its text: a range of Unicode-scalar offsets, and the 1-based
/// line and column of its start.
public struct SourceSpan: Hashable, Sendable, CustomStringConvertible {
  /// The offset of the first scalar.
  public let start: Int
  /// The offset just past the last scalar.
  public let end: Int
  /// The 1-based line of `start`.
  public let line: Int
  /// The 1-based column of `start`, counted in Unicode scalars.
  public let column: Int

  public init(start: Int, end: Int, line: Int, column: Int) {
    self.start = start
    self.end = end
    self.line = line
    self.column = column
  }

  /// The span from the start of `self` to the end of `other`.
  public func through(_ other: SourceSpan) -> SourceSpan {
    SourceSpan(start: start, end: max(end, other.end), line: line, column: column)
  }

  /// `line:column`.
  public var description: String { "\(line):\(column)" }
}
