import Hummingbird
import NIOCore
import ResultFormat

/// Responses with a JSON body; keys are sorted so equal answers are equal bytes.
enum JSONResponse {
  /// `value` encoded as the body, under `headers` plus a `Content-Type` of `contentType`.
  static func make(
    _ value: some Encodable, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:],
    contentType: String = "application/json"
  ) throws -> Response {
    make(body: try encode(value), status: status, headers: headers, contentType: contentType)
  }

  /// Already-encoded JSON `text` as the body.
  static func make(
    text: some Sequence<UInt8>, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:],
    contentType: String = "application/json"
  ) -> Response {
    make(body: ByteBuffer(bytes: text), status: status, headers: headers, contentType: contentType)
  }

  /// Already-encoded JSON as the body.
  static func make(
    body: ByteBuffer, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:],
    contentType: String = "application/json"
  ) -> Response {
    var fields = headers
    fields[.contentType] = contentType
    return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: body))
  }

  /// `value` as JSON, keys sorted.
  static func encode(_ value: some Encodable) throws -> ByteBuffer {
    ByteBuffer(bytes: try CompactJSONEncoder().encode(value))
  }
}
