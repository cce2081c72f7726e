import Foundation
import Hummingbird
import NIOCore

/// Responses with a JSON body; keys are sorted so equal answers are equal bytes.
enum JSONResponse {
  /// `value` encoded as the body, under `headers` plus a `Content-Type` of `contentType`.
  static func make(
    _ value: some Encodable, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:],
    contentType: String = "application/json"
  ) throws -> Response {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return make(
      text: try encoder.encode(value), status: status, headers: headers, contentType: contentType)
  }

  /// Already-encoded JSON `text` as the body.
  static func make(
    text: some Sequence<UInt8>, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:],
    contentType: String = "application/json"
  ) -> Response {
    var fields = headers
    fields[.contentType] = contentType
    return Response(
      status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: text)))
  }
}

extension Request {
  /// The media type of `Content-Type`, without parameters, in lowercase.
  var mediaType: String? {
    headers[.contentType]?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces)
      .lowercased()
  }

  /// The body decoded as `Body`, after checking it is JSON and no larger than `limit` bytes.
  func decodeJSON<Body: Decodable>(_: Body.Type, limit: Int) async throws -> Body {
    guard mediaType == "application/json" else {
      throw Problem(
        .unsupportedMediaType, kind: "unsupported-media-type", title: "Unsupported media type",
        detail: "The body must be application/json.")
    }
    let bytes: ByteBuffer
    do {
      bytes = try await body.collect(upTo: limit)
    } catch is NIOTooManyBytesError {
      throw Problem.bodyTooLarge(limit: limit)
    }
    return try JSONDecoder().decode(Body.self, from: Data(buffer: bytes))
  }
}
