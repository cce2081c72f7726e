import ExerciseKG
import Foundation
import Hummingbird
import HummingbirdTesting
import KGServer
import TestSupport
import Testing

/// Requests through Hummingbird's in-process test client against the curated graph.
struct API {
  static func test<Value: Sendable>(
    graph: KnowledgeGraph? = nil, configuration: ServerConfiguration = ServerConfiguration(),
    _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Value
  ) async throws -> Value {
    let app = buildApplication(
      graph: try graph ?? CuratedGraph.graph(), configuration: configuration)
    return try await app.test(.router, body)
  }
}

extension TestClientProtocol {
  /// A request with a JSON body (`Content-Type: application/json` unless `contentType` says
  /// otherwise), presenting `token` as a bearer token when given.
  func send(
    _ method: HTTPRequest.Method, _ uri: String, json: String? = nil,
    contentType: String = "application/json", token: String? = nil, headers extra: HTTPFields = [:]
  ) async throws -> TestResponse {
    var headers = extra
    if json != nil { headers[.contentType] = contentType }
    if let token { headers[.authorization] = "Bearer \(token)" }
    return try await execute(
      uri: uri, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) }
    ) { $0 }
  }
}

extension TestResponse {
  /// The body parsed as a JSON object.
  var object: [String: Any] {
    get throws {
      let data = Data(buffer: body)
      return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
  }

  func decoded<Value: Decodable>(_: Value.Type) throws -> Value {
    try JSONDecoder().decode(Value.self, from: Data(buffer: body))
  }

  /// Checks the response is an RFC 7807 problem of `kind` with `status`.
  func expectProblem(
    _ status: HTTPResponse.Status, _ kind: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    #expect(self.status == status, sourceLocation: sourceLocation)
    #expect(headers[.contentType] == "application/problem+json", sourceLocation: sourceLocation)
    let object = try self.object
    #expect(object["type"] as? String == Problem.typeBase + kind, sourceLocation: sourceLocation)
    #expect(object["status"] as? Int == Int(status.code), sourceLocation: sourceLocation)
    #expect(object["title"] is String && object["detail"] is String, sourceLocation: sourceLocation)
  }
}
