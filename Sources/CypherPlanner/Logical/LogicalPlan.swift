import CypherSyntax

/// A statement's plan: one pipeline per UNION part, whose rows are the result.
public struct QueryPlan: Hashable, Sendable {
  /// One pipeline per part of the query; a query without UNION has one.
  public var parts: [LogicalPlan]
  /// Whether the parts are joined by `UNION` (duplicates removed) rather than `UNION ALL`.
  public var removesDuplicates: Bool
  /// The result's column names, in order.
  public var columns: [String]
  /// What the plan assumed of the parameters it was made for; it serves only parameters for
  /// which these hold.
  public var assumptions: ParameterAssumptions
  /// Whether any part writes to the graph.
  public var isUpdating: Bool {
    parts.contains { $0.operators.contains(where: \.isUpdating) }
  }
}

/// A pipeline of operators, each consuming the rows of the one before it.
///
/// The first operator consumes one row: an empty one at the top of a query, or the row a
/// nested plan (OPTIONAL MATCH, MERGE's match, a subquery) is applied to. Variables are
/// named; the runtime gives each name a slot.
public struct LogicalPlan: Hashable, Sendable {
  public var operators: [LogicalOperator]

  public init(_ operators: [LogicalOperator] = []) { self.operators = operators }
}

/// `expression AS name`, computed for each row.
public struct NamedExpression: Hashable, Sendable {
  public var name: String
  public var expression: Expression

  public init(_ name: String, _ expression: Expression) {
    self.name = name
    self.expression = expression
  }
}
