// CypherPlanner: semantic analysis of parsed queries — scopes, variable kinds and the checks
// openCypher requires at compile time — and, as the engine grows, logical plans. It imports
// CypherSyntax and GraphModel, never the store.
import CypherSyntax

/// A query that parses but means nothing: an undefined variable, an aggregate out of place…
///
/// openCypher reports these at compile time, as `SyntaxError`s with a detail code; `detail`
/// carries the TCK's name for each.
public struct SemanticError: Error, Hashable, Sendable, CustomStringConvertible {
  public enum Detail: String, Sendable {
    case undefinedVariable = "UndefinedVariable"
    case variableAlreadyBound = "VariableAlreadyBound"
    case variableTypeConflict = "VariableTypeConflict"
    case noVariablesInScope = "NoVariablesInScope"
    case noExpressionAlias = "NoExpressionAlias"
    case columnNameConflict = "ColumnNameConflict"
    case differentColumnsInUnion = "DifferentColumnsInUnion"
    case invalidClauseComposition = "InvalidClauseComposition"
    case invalidAggregation = "InvalidAggregation"
    case nestedAggregation = "NestedAggregation"
    case nonConstantExpression = "NonConstantExpression"
    case negativeIntegerArgument = "NegativeIntegerArgument"
    case invalidArgumentType = "InvalidArgumentType"
    case creatingVarLength = "CreatingVarLength"
    case noSingleRelationshipType = "NoSingleRelationshipType"
    case invalidDelete = "InvalidDelete"
    case unknownFunction = "UnknownFunction"
    case unexpectedSyntax = "UnexpectedSyntax"
    case invalidParameterUse = "InvalidParameterUse"
    case relationshipUniquenessViolation = "RelationshipUniquenessViolation"
    case ambiguousAggregationExpression = "AmbiguousAggregationExpression"
  }

  public let detail: Detail
  public let message: String
  public let span: SourceSpan
  /// The TCK's error type: `SyntaxError` for most, `TypeError` for a property read from a
  /// value that can never have properties.
  public let type: String

  public init(
    _ detail: Detail, _ message: String, at span: SourceSpan, type: String = "SyntaxError"
  ) {
    self.detail = detail
    self.message = message
    self.span = span
    self.type = type
  }

  public var description: String { "\(span.line):\(span.column): \(message)" }
}
