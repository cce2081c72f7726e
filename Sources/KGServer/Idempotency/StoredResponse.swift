import Hummingbird
import NIOCore
import Synchronization

/// A response held in full, so that it can be sent again.
struct StoredResponse: Sendable {
  let status: HTTPResponse.Status
  let headers: HTTPFields
  let body: ByteBuffer

  /// Reads `response`'s body to its end.
  init(_ response: Response) async throws {
    let collector = BodyCollector()
    try await response.body.write(collector)
    status = response.status
    headers = response.headers
    body = collector.buffer.withLock { $0 }
  }

  /// The response to send, with `extra` headers.
  func response(adding extra: HTTPFields = [:]) -> Response {
    var fields = headers
    fields.append(contentsOf: extra)
    return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: body))
  }
}

/// A `ResponseBodyWriter` that keeps what is written.
private final class BodyCollector: ResponseBodyWriter, Sendable {
  let buffer = Mutex(ByteBuffer())

  func write(_ part: ByteBuffer) async throws {
    var part = part
    buffer.withLock { _ = $0.writeBuffer(&part) }
  }

  func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
