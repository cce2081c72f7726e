import Foundation
import Hummingbird
import NIOCore

extension Request {
  /// The media type of `Content-Type`, without parameters, in lowercase.
  var mediaType: String? {
    headers[.contentType].map { $0.prefix { $0 != ";" }.trimmingWhitespace().lowercased() }
  }

  /// Checks that the body is of one of the `accepted` media types: a 415 otherwise.
  func requireMediaType(in accepted: [String]) throws {
    guard let mediaType, accepted.contains(mediaType) else {
      throw Problem(
        .unsupportedMediaType, kind: "unsupported-media-type", title: "Unsupported media type",
        detail: "The body must be \(accepted.joined(separator: ", ")).")
    }
  }

  /// The whole body, or a 413 when it is larger than `limit` bytes.
  func bodyBytes(upTo limit: Int) async throws -> ByteBuffer {
    do {
      return try await body.collect(upTo: limit)
    } catch is NIOTooManyBytesError {
      throw Problem.bodyTooLarge(limit: limit)
    }
  }

  /// The body decoded as `Body`, after checking it is JSON and no larger than `limit` bytes;
  /// through `known` when given, so a body sent before is not decoded again.
  func decodeJSON<Body: Decodable>(
    _: Body.Type, limit: Int, known: DecodedBodies<Body>? = nil
  ) async throws -> Body {
    try requireMediaType(in: ["application/json"])
    let bytes = try await bodyBytes(upTo: limit)
    guard let known else { return try Self.decode(Body.self, from: bytes) }
    return try known.body(of: bytes) { try Self.decode(Body.self, from: $0) }
  }

  private static func decode<Body: Decodable>(_: Body.Type, from bytes: ByteBuffer) throws -> Body {
    try JSONDecoder().decode(Body.self, from: Data(buffer: bytes))
  }
}
