import NIOCore
import Synchronization

/// Request bodies already decoded, by their bytes: a body sent again exactly as before is not
/// decoded again. Apps send the same few requests over and over, and decoding JSON costs more
/// than answering a question the `ResponseCache` has.
///
/// Only bodies that decoded are kept, and only small ones (`largestBody` bytes at most); when
/// `capacity` bodies are kept, they are all dropped before the next is added.
final class DecodedBodies<Body: Sendable>: Sendable {
  /// The largest body kept, in bytes.
  static var largestBody: Int { 4096 }

  private let bodies = Mutex<[ByteBuffer: Body]>([:])
  private let capacity: Int

  init(capacity: Int) {
    self.capacity = capacity
  }

  /// The body `bytes` decode to: the one kept for the same bytes, else `decode(bytes)`.
  func body(of bytes: ByteBuffer, decode: (ByteBuffer) throws -> Body) throws -> Body {
    guard bytes.readableBytes <= Self.largestBody else { return try decode(bytes) }
    if let known = bodies.withLock({ $0[bytes] }) { return known }
    let body = try decode(bytes)
    // A copy of just the body's bytes, not of whatever larger buffer they came in.
    let key = ByteBuffer(bytes: bytes.readableBytesView)
    bodies.withLock { bodies in
      if bodies.count >= capacity { bodies.removeAll(keepingCapacity: true) }
      bodies[key] = body
    }
    return body
  }
}
