import ExerciseKG
import Hummingbird
import HummingbirdTesting
import KGServer
import TestSupport
import Testing

/// Entity tags on the read answers, and 304 Not Modified for a client that has the answer.
@Suite struct ConditionalGetTests {
  @Test(arguments: [true, false])
  func aClientWithTheAnswerGetsNotModified(caching: Bool) async throws {
    let configuration = ServerConfiguration(responseCacheBytes: caching ? 1 << 20 : 0)
    try await API.test(configuration: configuration) { client in
      for uri in ["/v1/exercises/Barbell_Squat", "/v1/exercises?q=squat", "/v1/goals"] {
        let first = try await client.send(.get, uri)
        #expect(first.status == .ok)
        let tag = try #require(first.headers[.eTag], "\(uri)")
        #expect(tag.hasPrefix("\"") && tag.hasSuffix("\"") && tag.count == 34)

        // The same answer has the same tag, whether read again or kept.
        #expect(try await client.send(.get, uri).headers[.eTag] == tag)

        for condition in [tag, "W/\(tag)", "\"other\", \(tag)", "*"] {
          let again = try await client.send(.get, uri, headers: [.ifNoneMatch: condition])
          #expect(again.status == .notModified, "\(uri) If-None-Match: \(condition)")
          #expect(again.body.readableBytes == 0)
          #expect(again.headers[.eTag] == tag)
        }
        let changed = try await client.send(.get, uri, headers: [.ifNoneMatch: "\"other\""])
        #expect(changed.status == .ok && changed.body == first.body)
      }
    }
  }

  @Test func aChangedGraphChangesTheTag() async throws {
    let directory = try TemporaryDirectory()
    let graph = try ResponseCacheTests.plankGraph(in: directory)
    try await API.test(graph: graph) { client in
      let tag = try #require(try await client.send(.get, "/v1/exercises/Plank").headers[.eTag])
      try graph.execute("MATCH (e:Exercise {id: 'Plank'}) SET e.name = 'Front Plank'")
      let after = try await client.send(
        .get, "/v1/exercises/Plank", headers: [.ifNoneMatch: tag])
      #expect(after.status == .ok)
      #expect(after.headers[.eTag] != tag)
    }
  }

  @Test func errorsAndOtherMethodsAreNeverNotModified() async throws {
    try await API.test { client in
      let missing = try await client.send(
        .get, "/v1/exercises/No_Such_Exercise", headers: [.ifNoneMatch: "*"])
      try missing.expectProblem(.notFound, "not-found")
      #expect(missing.headers[.eTag] == nil)
      let recommendation = try await client.send(
        .post, "/v1/recommendations", json: #"{"goal": "Strength", "limit": 1}"#,
        headers: [.ifNoneMatch: "*"])
      #expect(recommendation.status == .ok)
    }
  }
}
