import ExerciseKG
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import KGServer
import Testing

/// `Idempotency-Key` on writes: a retry gets the first answer and changes nothing more.
@Suite struct IdempotencyTests {
  static let key = HTTPField.Name("Idempotency-Key")!
  static let body = #"{"labels": ["Goal"], "properties": {"name": "Grip"}}"#

  @Test func aRetryGetsTheFirstAnswerAndWritesNothingMore() async throws {
    let graph = try KnowledgeGraph(path: ":memory:")
    try await API.test(graph: graph, configuration: EditRouteTests.configuration) { client in
      let headers: HTTPFields = [Self.key: "create-grip-1"]
      let first = try await client.send(
        .post, "/v1/nodes", json: Self.body, token: AccessTests.writer, headers: headers)
      let retry = try await client.send(
        .post, "/v1/nodes", json: Self.body, token: AccessTests.writer, headers: headers)
      #expect(first.status == .created && retry.status == .created)
      #expect(retry.body == first.body)
      #expect(retry.headers[.location] == first.headers[.location])
      #expect(retry.headers[HTTPField.Name("Idempotent-Replayed")!] == "true")

      let other = try await client.send(
        .post, "/v1/nodes", json: #"{"labels": ["Goal"]}"#, token: AccessTests.writer,
        headers: headers)
      try other.expectProblem(.unprocessableContent, "idempotency-key-reused")
      let fresh = try await client.send(
        .post, "/v1/nodes", json: Self.body, token: AccessTests.writer,
        headers: [Self.key: "create-grip-2"])
      #expect(fresh.status == .created && fresh.body != first.body)
      try await client.send(
        .post, "/v1/nodes", json: Self.body, token: AccessTests.writer,
        headers: [Self.key: String(repeating: "k", count: 256)]
      ).expectProblem(.badRequest, "invalid-idempotency-key")
    }
    #expect(try graph.statistics().nodesByLabel["Goal"] == 2)
  }

  @Test func aRefusedWriteIsRememberedToo() async throws {
    let graph = try KnowledgeGraph(path: ":memory:")
    try await API.test(graph: graph, configuration: EditRouteTests.configuration) { client in
      let headers: HTTPFields = [Self.key: "delete-41"]
      var replayed: [String?] = []
      for _ in 0..<2 {
        let response = try await client.send(
          .delete, "/v1/nodes/41", token: AccessTests.writer, headers: headers)
        try response.expectProblem(.notFound, "not-found")
        replayed.append(response.headers[HTTPField.Name("Idempotent-Replayed")!])
      }
      #expect(replayed == [nil, "true"])
    }
  }
}
