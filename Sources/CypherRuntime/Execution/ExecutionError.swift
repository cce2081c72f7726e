import CypherSyntax

/// A query failed while running: a value of the wrong type, an impossible argument, a limit
/// exceeded… The statement's changes are rolled back.
public struct ExecutionError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The class of failure, named as the openCypher TCK names error types.
  public enum Kind: String, Sendable {
    /// A malformed argument only detectable at run time, such as a negative LIMIT parameter.
    case syntaxError = "SyntaxError"
    case typeError = "TypeError"
    case argumentError = "ArgumentError"
    case arithmeticError = "ArithmeticError"
    case entityNotFound = "EntityNotFound"
    case semanticError = "SemanticError"
    case parameterMissing = "ParameterMissing"
    case constraintVerificationFailed = "ConstraintVerificationFailed"
    /// A query limit (time, rows, depth, memory) was exceeded, or the query was cancelled.
    case limitExceeded = "LimitExceeded"
  }

  public let kind: Kind
  /// The TCK's detail code, such as `InvalidArgumentType`, when there is one.
  public let detail: String?
  public let message: String
  /// The expression that failed, when one did.
  public let span: SourceSpan?

  public init(_ kind: Kind, _ detail: String? = nil, _ message: String, at span: SourceSpan? = nil)
  {
    self.kind = kind
    self.detail = detail
    self.message = message
    self.span = span
  }

  public var description: String {
    (span.map { "\($0.line):\($0.column): " } ?? "") + message
  }

  static func type(_ message: String, detail: String = "InvalidArgumentType") -> ExecutionError {
    ExecutionError(.typeError, detail, message)
  }
}
