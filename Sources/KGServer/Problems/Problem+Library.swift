import ExerciseKG
import Hummingbird

/// The problems the library's errors become.
extension Problem {
  /// A query that failed: rejected at compile time (400, with `line` and `column`), stopped by
  /// a limit (422, or 504 for the timeout), refused in read-only mode (403), or failed while
  /// running (422).
  init(_ error: QueryError) {
    var extensions: [String: ProblemValue] = [
      "stage": .string(error.phase.rawValue), "error": .string(error.type),
    ]
    if let detail = error.detail { extensions["code"] = .string(detail) }
    if let span = error.span {
      extensions["line"] = .integer(span.line)
      extensions["column"] = .integer(span.column)
    }
    let (status, kind, title): (HTTPResponse.Status, String, String) =
      switch (error.type, error.detail) {
      case ("LimitExceeded", "Timeout"): (.gatewayTimeout, "query-timeout", "Query timed out")
      case ("LimitExceeded", _): (.unprocessableContent, "limit-exceeded", "Query limit exceeded")
      case ("AccessMode", _): (.forbidden, "read-only", "Writes are not allowed here")
      case (_, _) where error.phase == .compile:
        (
          .badRequest, "query-\(error.type == "SyntaxError" ? "syntax" : "semantics")",
          "Invalid query"
        )
      default: (.unprocessableContent, "query-failed", "Query failed")
      }
    self.init(status, kind: kind, title: title, detail: error.message, extensions: extensions)
  }

  init(_ error: RecommendationError) {
    switch error {
    case .unknownNames(let names):
      self.init(
        .unprocessableContent, kind: "unknown-names", title: "Unknown names",
        detail: error.description,
        extensions: [
          "unknown": .objects(
            names.map {
              [
                "field": .string($0.field), "name": .string($0.name),
                "suggestions": .strings($0.suggestions),
              ]
            })
        ])
    case .invalidArgument(let field, let reason):
      self = .invalidField(field, "\(field): \(reason)")
    }
  }
}
