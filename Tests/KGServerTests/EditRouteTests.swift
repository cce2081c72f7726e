import ExerciseKG
import Hummingbird
import HummingbirdTesting
import KGServer
import Testing

/// Taxonomy editing over `/v1/nodes` and `/v1/relationships`, with a write token.
@Suite struct EditRouteTests {
  static let configuration = ServerConfiguration(access: AccessTests.policy)
  static let writer = AccessTests.writer

  @Test func aNodeIsCreatedReadPatchedAndDeleted() async throws {
    let graph = try KnowledgeGraph(path: ":memory:")
    try await API.test(graph: graph, configuration: Self.configuration) { client in
      let created = try await client.send(
        .post, "/v1/nodes",
        json: #"{"labels": ["MuscleGroup"], "properties": {"name": "Grip", "rank": 2}}"#,
        token: Self.writer)
      #expect(created.status == .created)
      let node = try created.object
      let id = try #require(node["id"] as? Int)
      #expect(created.headers[.location] == "/v1/nodes/\(id)")
      #expect(node["labels"] as? [String] == ["MuscleGroup"])
      let properties = try #require(node["properties"] as? [String: Any])
      #expect(properties["name"] as? String == "Grip" && properties["rank"] as? Int == 2)

      let patched = try await client.send(
        .patch, "/v1/nodes/\(id)",
        json: #"{"properties": {"rank": null, "iri": "urn:grip"}, "addLabels": ["Region"],"#
          + #" "removeLabels": ["MuscleGroup"]}"#,
        token: Self.writer)
      #expect(patched.status == .ok)
      #expect(try patched.object["labels"] as? [String] == ["Region"])
      #expect(
        try patched.object["properties"] as? [String: String] == [
          "name": "Grip", "iri": "urn:grip",
        ])
      #expect(try await client.send(.get, "/v1/nodes/\(id)", token: Self.writer).status == .ok)

      let deleted = try await client.send(.delete, "/v1/nodes/\(id)", token: Self.writer)
      #expect(deleted.status == .noContent)
      try await client.send(.get, "/v1/nodes/\(id)", token: Self.writer)
        .expectProblem(.notFound, "not-found")
      try await client.send(.get, "/v1/nodes/grip", token: Self.writer)
        .expectProblem(.notFound, "not-found")
    }
    #expect(try graph.statistics().nodes == 0)
  }

  @Test func readingAnEntityIsTimedApartFromEdits() async throws {
    let graph = try KnowledgeGraph(path: ":memory:")
    try await API.test(graph: graph, configuration: Self.configuration) { client in
      let created = try await client.send(
        .post, "/v1/nodes", json: #"{"labels": ["Goal"], "properties": {"name": "Grip"}}"#,
        token: Self.writer)
      let id = try #require(try created.object["id"] as? Int)
      for _ in 0..<2 {
        #expect(try await client.send(.get, "/v1/nodes/\(id)", token: Self.writer).status == .ok)
      }
      let metrics = String(buffer: try await client.send(.get, "/metrics").body)
      #expect(metrics.contains(#"kg_graph_duration_seconds_count{operation="edit"} 1"#))
      #expect(metrics.contains(#"kg_graph_duration_seconds_count{operation="entity"} 2"#))
    }
  }

  @Test func relationshipsJoinExistingNodesAndBlockAPlainDelete() async throws {
    let graph = try KnowledgeGraph(path: ":memory:")
    try await API.test(graph: graph, configuration: Self.configuration) { client in
      func node(_ name: String) async throws -> Int {
        let response = try await client.send(
          .post, "/v1/nodes",
          json: #"{"labels": ["MuscleGroup"], "properties": {"name": "\#(name)"}}"#,
          token: Self.writer)
        return try #require(try response.object["id"] as? Int)
      }
      let (part, whole) = (try await node("Forearms"), try await node("Arms"))
      let created = try await client.send(
        .post, "/v1/relationships",
        json: #"{"type": "PART_OF", "from": \#(part), "to": \#(whole), "properties": {"w": 1.5}}"#,
        token: Self.writer)
      #expect(created.status == .created)
      let relationship = try created.object
      let id = try #require(relationship["id"] as? Int)
      #expect(relationship["type"] as? String == "PART_OF")
      #expect(relationship["start"] as? Int == part && relationship["end"] as? Int == whole)

      let dangling = try await client.send(
        .post, "/v1/relationships", json: #"{"type": "PART_OF", "from": \#(part), "to": 999}"#,
        token: Self.writer)
      try dangling.expectProblem(.unprocessableContent, "invalid-field")
      #expect(try dangling.object["field"] as? String == "to")

      let patched = try await client.send(
        .patch, "/v1/relationships/\(id)", json: #"{"properties": {"w": null, "since": 2020}}"#,
        token: Self.writer)
      #expect(try patched.object["properties"] as? [String: Int] == ["since": 2020])

      try await client.send(.delete, "/v1/nodes/\(whole)", token: Self.writer)
        .expectProblem(.conflict, "has-relationships")
      let detached = try await client.send(
        .delete, "/v1/nodes/\(whole)?detach=true", token: Self.writer)
      #expect(detached.status == .noContent)
      try await client.send(.get, "/v1/relationships/\(id)", token: Self.writer)
        .expectProblem(.notFound, "not-found")
    }
    #expect(try graph.statistics().relationships == 0)
  }

  @Test func badEditsAreProblemsAndChangeNothing() async throws {
    let graph = try KnowledgeGraph(path: ":memory:")
    try await API.test(graph: graph, configuration: Self.configuration) { client in
      try await client.send(
        .post, "/v1/nodes", json: #"{"label": ["Goal"]}"#, token: Self.writer
      ).expectProblem(.unprocessableContent, "invalid-field")
      try await client.send(
        .post, "/v1/nodes", json: #"{"labels": [1]}"#, token: Self.writer
      ).expectProblem(.unprocessableContent, "invalid-field")
      try await client.send(
        .patch, "/v1/nodes/41", json: #"{"properties": {"a": 1}}"#, token: Self.writer
      ).expectProblem(.notFound, "not-found")
      try await client.send(.delete, "/v1/relationships/7", token: Self.writer)
        .expectProblem(.notFound, "not-found")
    }
    #expect(try graph.statistics().nodes == 0)
  }
}
