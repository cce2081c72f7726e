import CypherPlanner
import CypherRuntime
import CypherSyntax

/// Why a query failed, in the openCypher TCK's terms: the error type, its detail code, whether
/// it was rejected before running (nothing was read or written) or failed while running (its
/// writes were rolled back), and where in the query text.
public struct QueryError: Error, Hashable, Sendable, CustomStringConvertible {
  public enum Phase: String, Sendable {
    case compile, runtime
  }

  /// `SyntaxError`, `TypeError`, `ArgumentError`, … or `LimitExceeded` and `StoreError`.
  public let type: String
  public let detail: String?
  public let phase: Phase
  public let message: String
  /// The position in the query, when the error has one.
  public let span: SourceSpan?

  public init(type: String, detail: String?, phase: Phase, message: String, span: SourceSpan?) {
    self.type = type
    self.detail = detail
    self.phase = phase
    self.message = message
    self.span = span
  }

  public var description: String {
    "\(type)\(detail.map { " (\($0))" } ?? ""): " + (span.map { "\($0.line):\($0.column): " } ?? "")
      + message
  }

  /// The message with the query line it points at and a caret under the column.
  public func rendered(in query: String) -> String {
    guard let span else { return description }
    let source = Source(query)
    let line = source.line(span.line)
    let caret = String(repeating: " ", count: max(0, span.column - 1)) + "^"
    return "\(description)\n  \(line)\n  \(caret)"
  }

  /// A write asked for where only reads are allowed (`QueryOptions.readOnly`).
  static let writeInReadOnly = QueryError(
    type: "AccessMode", detail: "WriteInReadOnly", phase: .compile,
    message: "This query writes, and only reads are allowed here", span: nil)

  init(_ error: SyntaxError) {
    self.init(
      type: "SyntaxError", detail: error.detail.rawValue, phase: .compile, message: error.message,
      span: error.span)
  }

  init(_ error: SemanticError) {
    self.init(
      type: error.type, detail: error.detail.rawValue, phase: .compile, message: error.message,
      span: error.span)
  }

  init(_ error: ExecutionError) {
    self.init(
      type: error.kind.rawValue, detail: error.detail, phase: .runtime, message: error.message,
      span: error.span)
  }

  /// The error a query's run threw: the query's own (`ExecutionError`), or the store's.
  init(thrownByRun error: any Error) {
    if let error = error as? ExecutionError {
      self.init(error)
    } else {
      self.init(
        type: "StoreError", detail: nil, phase: .runtime, message: "\(error)", span: nil)
    }
  }
}
