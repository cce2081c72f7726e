import ExerciseKG
import HummingbirdTesting
import NIOCore
import Testing

@testable import KGServer

/// A body sent again exactly as before is not decoded again; anything else is.
@Suite struct DecodedBodiesTests {
  /// `DecodedBodies` over bodies that decode to their text, counting the decodings.
  final class Counting: @unchecked Sendable {
    let bodies: DecodedBodies<String>
    var decodings = 0

    init(capacity: Int = 8) { bodies = DecodedBodies(capacity: capacity) }

    func body(_ text: String) throws -> String {
      try bodies.body(of: ByteBuffer(string: text)) { bytes in
        decodings += 1
        let text = String(buffer: bytes)
        guard text != "bad" else {
          throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: text))
        }
        return text
      }
    }
  }

  @Test func theSameBytesAreDecodedOnce() throws {
    let counting = Counting()
    #expect(try counting.body(#"{"goal": "Power"}"#) == #"{"goal": "Power"}"#)
    #expect(try counting.body(#"{"goal": "Power"}"#) == #"{"goal": "Power"}"#)
    #expect(counting.decodings == 1)
    #expect(try counting.body(#"{"goal":"Power"}"#) == #"{"goal":"Power"}"#)
    #expect(counting.decodings == 2)
  }

  @Test func aBodyThatFailsIsDecodedEachTime() {
    let counting = Counting()
    for _ in 0..<3 { #expect(throws: DecodingError.self) { try counting.body("bad") } }
    #expect(counting.decodings == 3)
  }

  @Test func aLargeBodyIsNotKept() throws {
    let counting = Counting()
    let large = String(repeating: " ", count: DecodedBodies<String>.largestBody + 1)
    _ = try counting.body(large)
    _ = try counting.body(large)
    #expect(counting.decodings == 2)
  }

  @Test func atCapacityEveryBodyIsDropped() throws {
    let counting = Counting(capacity: 2)
    _ = try counting.body("a")
    _ = try counting.body("b")
    _ = try counting.body("c")  // drops a and b
    _ = try counting.body("c")
    #expect(counting.decodings == 3)
    _ = try counting.body("a")
    #expect(counting.decodings == 4)
  }

  /// Through the API: a body sent again gets the same answer, and a bad one the same problem.
  @Test func aRepeatedBodyGetsTheSameAnswer() async throws {
    try await API.test { client in
      let power = #"{"goal": "Power", "limit": 3}"#
      let first = try await client.send(.post, "/v1/recommendations", json: power)
      let again = try await client.send(.post, "/v1/recommendations", json: power)
      #expect(first.status == .ok && again.status == .ok)
      #expect(first.body == again.body)
      let mobility = try await client.send(
        .post, "/v1/recommendations", json: #"{"goal": "Mobility", "limit": 3}"#)
      #expect(mobility.status == .ok && mobility.body != first.body)
      for _ in 0..<2 {
        try await client.send(.post, "/v1/recommendations", json: #"{"goal": 7}"#)
          .expectProblem(.unprocessableContent, "invalid-field")
        try await client.send(.post, "/v1/recommendations", json: power, contentType: "text/plain")
          .expectProblem(.unsupportedMediaType, "unsupported-media-type")
      }
    }
  }
}
