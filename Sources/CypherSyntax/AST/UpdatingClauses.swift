/// `CREATE pattern`.
public struct CreateClause: Hashable, Sendable {
  public var pattern: Pattern
  public var span: SourceSpan
}

/// `MERGE part [ON CREATE SET …] [ON MATCH SET …]`.
public struct MergeClause: Hashable, Sendable {
  public var part: PatternPart
  public var onCreate: [SetItem]
  public var onMatch: [SetItem]
  public var span: SourceSpan
}

/// `SET item, …`.
public struct SetClause: Hashable, Sendable {
  public var items: [SetItem]
  public var span: SourceSpan
}

/// One assignment of `SET`.
public enum SetItem: Hashable, Sendable {
  /// `target.key = value`.
  case property(target: Expression, key: String, value: Expression)
  /// `variable = map` (replaces every property).
  case replaceProperties(variable: Identifier, value: Expression)
  /// `variable += map` (adds and overwrites properties).
  case mergeProperties(variable: Identifier, value: Expression)
  /// `variable:Label:…`.
  case labels(variable: Identifier, labels: [Identifier])
}

/// `REMOVE item, …`.
public struct RemoveClause: Hashable, Sendable {
  public var items: [RemoveItem]
  public var span: SourceSpan
}

/// One removal of `REMOVE`.
public enum RemoveItem: Hashable, Sendable {
  /// `target.key`.
  case property(target: Expression, key: String)
  /// `variable:Label:…`.
  case labels(variable: Identifier, labels: [Identifier])
}

/// `[DETACH] DELETE expression, …`.
public struct DeleteClause: Hashable, Sendable {
  public var isDetach: Bool
  public var expressions: [Expression]
  public var span: SourceSpan
}
