import ExerciseKG
import Foundation
import GraphStore
import Hummingbird
import Logging
import OWLImport

/// Turns every error a route throws into an RFC 7807 response: the library's errors by their
/// meaning, request-decoding errors as 400/422, Hummingbird's own HTTP errors by their status,
/// and anything else as a 500 that says nothing of the internals (which go to the log).
///
/// Written for `ServerRequestContext` rather than any context: a generic middleware looks up
/// its type's metadata at run time on every request.
struct ProblemMiddleware: RouterMiddleware {
  func handle(
    _ request: Request, context: ServerRequestContext,
    next: (Request, ServerRequestContext) async throws -> Response
  ) async throws -> Response {
    do {
      return try await next(request, context)
    } catch {
      let problem = Self.problem(for: error)
      if problem.status == .internalServerError {
        context.logger.error("request failed", metadata: ["error": "\(String(reflecting: error))"])
      }
      return try problem.response(from: request, context: context)
    }
  }

  static func problem(for error: any Error) -> Problem {
    switch error {
    case let problem as Problem: problem
    case let error as QueryError: Problem(error)
    case let error as RecommendationError: Problem(error)
    case let error as StoreError: Problem(error)
    case let error as ImportError: Problem(error)
    case let error as DecodingError: Problem(error)
    case let error as HTTPError: Problem(error)
    default: Problem.internal
    }
  }
}

extension Problem {
  /// A body that is not the JSON the route expects.
  init(_ error: DecodingError) {
    switch error {
    case .dataCorrupted(let context) where context.codingPath.isEmpty:
      self.init(
        .badRequest, kind: "malformed-json", title: "Malformed JSON",
        detail: "The body is not valid JSON.")
    case .keyNotFound(let key, let context):
      self.init(
        .unprocessableContent, kind: "missing-field", title: "Missing field",
        detail: "'\(Self.path(context.codingPath + [key]))' is required.",
        extensions: ["field": .string(Self.path(context.codingPath + [key]))])
    case .typeMismatch(_, let context), .valueNotFound(_, let context),
      .dataCorrupted(let context):
      let field = Self.path(context.codingPath)
      self = .invalidField(field, "'\(field)': \(context.debugDescription)")
    @unknown default:
      self.init(
        .badRequest, kind: "malformed-json", title: "Malformed JSON", detail: "\(error)")
    }
  }

  /// Hummingbird's own errors: unknown route, body too large and the like.
  init(_ error: HTTPError) {
    let (kind, title): (String, String) =
      switch error.status {
      case .notFound: ("not-found", "Not found")
      case .contentTooLarge: ("body-too-large", "Body too large")
      case .unsupportedMediaType: ("unsupported-media-type", "Unsupported media type")
      default: ("http-\(error.status.code)", error.status.reasonPhrase)
      }
    self.init(
      error.status, kind: kind, title: title,
      detail: error.body ?? "\(error.status.code) \(error.status.reasonPhrase)",
      headers: error.headers)
  }

  private static func path(_ keys: [any CodingKey]) -> String {
    keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
  }
}
