import Foundation
import Hummingbird
import NIOCore

/// Responses with a JSON body; keys are sorted so equal answers are equal bytes.
enum JSONResponse {
  static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return make(text: try encoder.encode(value), status: status)
  }

  static func make(text: some Sequence<UInt8>, status: HTTPResponse.Status = .ok) -> Response {
    Response(
      status: status, headers: [.contentType: "application/json"],
      body: ResponseBody(byteBuffer: ByteBuffer(bytes: text)))
  }
}

extension Request {
  /// The body decoded as `Body`, after checking it is JSON and no larger than `limit` bytes.
  func decodeJSON<Body: Decodable>(_: Body.Type, limit: Int) async throws -> Body {
    let type = headers[.contentType]?.split(separator: ";").first?
      .trimmingCharacters(in: .whitespaces).lowercased()
    guard type == "application/json" else {
      throw Problem(
        .unsupportedMediaType, kind: "unsupported-media-type", title: "Unsupported media type",
        detail: "The body must be application/json.")
    }
    let bytes: ByteBuffer
    do {
      bytes = try await body.collect(upTo: limit)
    } catch is NIOTooManyBytesError {
      throw Problem(
        .contentTooLarge, kind: "body-too-large", title: "Body too large",
        detail: "The body is larger than \(limit) bytes.")
    }
    return try JSONDecoder().decode(Body.self, from: Data(buffer: bytes))
  }
}
