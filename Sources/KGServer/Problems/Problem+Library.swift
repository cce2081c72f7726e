import ExerciseKG
import GraphStore
import Hummingbird
import OWLImport

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

  /// An edit the store refused: an unknown id (404), a delete of a node with relationships
  /// (409), a value a property cannot hold (422). Other store errors are the server's (500).
  init(_ error: StoreError) {
    switch error {
    case .nodeNotFound, .relationshipNotFound:
      self.init(.notFound, kind: "not-found", title: "Not found", detail: "\(error).")
    case .nodeHasRelationships:
      self.init(
        .conflict, kind: "has-relationships", title: "Node has relationships",
        detail: "\(error); delete it with ?detach=true to delete them too.")
    case .invalidPropertyValue(let key, _):
      self = .invalidField("properties.\(key)", "\(error)")
    case .invalidName:
      self.init(
        .unprocessableContent, kind: "invalid-name", title: "Invalid name", detail: "\(error)")
    default:
      self = .internal
    }
  }

  /// An ontology that cannot be imported: 422 with the place (`line`, `column`) and the kind
  /// (`malformedXML`, `externalEntity`, `entityExpansion`…); nothing was written.
  init(_ error: ImportError) {
    var extensions: [String: ProblemValue] = ["code": .string(error.kind.rawValue)]
    if error.line > 0 { extensions["line"] = .integer(error.line) }
    if error.column > 0 { extensions["column"] = .integer(error.column) }
    self.init(
      .unprocessableContent, kind: "invalid-ontology", title: "Invalid ontology",
      detail: error.description, extensions: extensions)
  }

  /// The answer to a failure whose details belong in the log, not the response.
  static let `internal` = Problem(
    .internalServerError, kind: "internal", title: "Internal server error",
    detail: "The server could not answer; the error is in its log.")
}
