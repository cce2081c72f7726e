import Hummingbird

/// An RFC 7807 problem: the body of every error response, as `application/problem+json`.
///
/// `type` is a stable URI per kind of problem (`https://kg.dev/problems/unknown-names`), which
/// clients branch on; `title` is its human name, `detail` this occurrence, and `extensions`
/// carries machine-readable members such as a query error's `line` and `column`.
public struct Problem: Error, HTTPResponseError, Sendable {
  public let status: HTTPResponse.Status
  /// The last segment of the type URI: `malformed-json`, `unknown-names`, `query-syntax`…
  public let kind: String
  public let title: String
  public let detail: String
  public let extensions: [String: ProblemValue]
  /// Extra response headers, such as `Allow` on a 405.
  public let headers: HTTPFields

  public init(
    _ status: HTTPResponse.Status, kind: String, title: String, detail: String,
    extensions: [String: ProblemValue] = [:], headers: HTTPFields = [:]
  ) {
    self.status = status
    self.kind = kind
    self.title = title
    self.detail = detail
    self.extensions = extensions
    self.headers = headers
  }

  /// The base of every problem type URI.
  public static let typeBase = "https://kg.dev/problems/"

  public func response(from request: Request, context: some RequestContext) throws -> Response {
    var members = extensions
    members["type"] = .string(Self.typeBase + kind)
    members["title"] = .string(title)
    members["status"] = .integer(status.code)
    members["detail"] = .string(detail)
    members["instance"] = .string(request.uri.path)
    return try JSONResponse.make(
      members, status: status, headers: headers, contentType: "application/problem+json")
  }

  /// A body over `limit` bytes: 413 `body-too-large`.
  static func bodyTooLarge(limit: Int) -> Problem {
    Problem(
      .contentTooLarge, kind: "body-too-large", title: "Body too large",
      detail: "The body is larger than \(limit) bytes.")
  }

  /// A request field with a wrong value: 422 `invalid-field`, naming the field.
  static func invalidField(_ field: String, _ detail: String) -> Problem {
    Problem(
      .unprocessableContent, kind: "invalid-field", title: "Invalid field", detail: detail,
      extensions: ["field": .string(field)])
  }
}

/// A value of a problem's extension member.
public enum ProblemValue: Sendable, Hashable, Encodable {
  case string(String)
  case integer(Int)
  case strings([String])
  case objects([[String: ProblemValue]])

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .string(let string): try container.encode(string)
    case .integer(let integer): try container.encode(integer)
    case .strings(let strings): try container.encode(strings)
    case .objects(let objects): try container.encode(objects)
    }
  }
}
