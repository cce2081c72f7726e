import Crypto
import Hummingbird
import NIOCore

/// Strong entity tags (RFC 9110 §8.8.3) for JSON answers: the first 128 bits of the body's
/// SHA-256, so equal answers have equal tags — on any server, across restarts.
enum EntityTag {
  /// The quoted tag of `body`.
  static func of(_ body: ByteBuffer) -> String {
    let digest = body.withUnsafeReadableBytes { SHA256.hash(data: $0) }
    var tag = [UInt8(ascii: "\"")]
    for byte in digest.prefix(16) {
      tag.append(hexDigits[Int(byte >> 4)])
      tag.append(hexDigits[Int(byte & 0x0f)])
    }
    tag.append(UInt8(ascii: "\""))
    return String(decoding: tag, as: UTF8.self)
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  /// Whether an `If-None-Match` field names `tag`: `*`, or a list of tags one of which equals
  /// it, weak or not (the weak comparison RFC 9110 §13.1.2 prescribes for this field).
  static func isMatched(by ifNoneMatch: String, _ tag: String) -> Bool {
    ifNoneMatch.split(separator: ",").contains { candidate in
      let candidate = candidate.trimmingWhitespace()
      if candidate == "*" { return true }
      return candidate.trimmingPrefix("W/") == tag.trimmingPrefix("W/")
    }
  }
}

/// A JSON answer and its entity tag, as the response cache keeps them.
struct TaggedJSON: Sendable {
  let body: ByteBuffer
  let tag: String

  init(_ body: ByteBuffer) {
    self.body = body
    tag = EntityTag.of(body)
  }

  /// The answer as a 200 response, its tag in `ETag`.
  var response: Response {
    JSONResponse.make(body: body, headers: [.eTag: tag])
  }
}
