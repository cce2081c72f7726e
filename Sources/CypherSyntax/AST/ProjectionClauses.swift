/// `WITH projection [WHERE predicate]`.
public struct WithClause: Hashable, Sendable {
  public var projection: Projection
  public var predicate: Expression?
  public var span: SourceSpan
}

/// `RETURN projection`.
public struct ReturnClause: Hashable, Sendable {
  public var projection: Projection
  public var span: SourceSpan
}

/// What `WITH` and `RETURN` share: the items, distinctness, order, skip and limit.
public struct Projection: Hashable, Sendable {
  public var isDistinct: Bool
  /// Whether the items begin with `*` (every variable in scope).
  public var includesAll: Bool
  public var items: [ProjectionItem]
  public var orderBy: [SortItem]
  public var skip: Expression?
  public var limit: Expression?
}

/// `expression [AS alias]`.
public struct ProjectionItem: Hashable, Sendable {
  public var expression: Expression
  public var alias: Identifier?
  /// The item's text as written, which names its column when there is no alias.
  public var text: String

  /// The column this item produces.
  public var columnName: String { alias?.name ?? text }
}

/// `expression [ASC | DESC]`.
public struct SortItem: Hashable, Sendable {
  public var expression: Expression
  public var isDescending: Bool

  public init(expression: Expression, isDescending: Bool) {
    self.expression = expression
    self.isDescending = isDescending
  }
}
