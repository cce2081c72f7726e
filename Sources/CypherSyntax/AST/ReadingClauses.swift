/// `[OPTIONAL] MATCH pattern [WHERE predicate]`.
public struct MatchClause: Hashable, Sendable {
  public var isOptional: Bool
  public var pattern: Pattern
  public var predicate: Expression?
  public var span: SourceSpan
}

/// `UNWIND expression AS variable`.
public struct UnwindClause: Hashable, Sendable {
  public var expression: Expression
  public var variable: Identifier
  public var span: SourceSpan
}
