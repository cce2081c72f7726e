import ExerciseKG
import Hummingbird
import HummingbirdTesting
import KGServer
import TestSupport
import Testing

/// Answers kept in memory while the graph is unchanged, and never once it has changed.
@Suite struct ResponseCacheTests {
  static let configuration = ServerConfiguration(access: AccessTests.policy)

  /// A store file with one exercise, and the graph serving it.
  static func plankGraph(in directory: TemporaryDirectory) throws -> KnowledgeGraph {
    let graph = try KnowledgeGraph(path: directory.path("kg.sqlite"))
    try graph.execute(
      "CREATE (:Exercise {id: 'Plank', name: 'Plank', level: 'beginner', difficulty: 1})")
    try graph.prepareForServing()
    return graph
  }

  @Test func aChangeThroughTheAPIOrByAnotherProcessIsSeenAtOnce() async throws {
    let directory = try TemporaryDirectory()
    let graph = try Self.plankGraph(in: directory)
    try await API.test(graph: graph, configuration: Self.configuration) { client in
      func name() async throws -> String? {
        try await client.send(.get, "/v1/exercises/Plank", token: AccessTests.writer)
          .object["name"] as? String
      }
      #expect(try await name() == "Plank")
      #expect(try await name() == "Plank")

      let renamed = try await client.send(
        .post, "/v1/query",
        json: #"{"query": "MATCH (e:Exercise {id: 'Plank'}) SET e.name = 'Front Plank'"}"#,
        token: AccessTests.writer)
      #expect(renamed.status == .ok)
      #expect(try await name() == "Front Plank")

      // Another process writing the same file.
      let other = try KnowledgeGraph(path: directory.path("kg.sqlite"))
      try other.execute("MATCH (e:Exercise {id: 'Plank'}) SET e.name = 'Forearm Plank'")
      #expect(try await name() == "Forearm Plank")

      let metrics = String(buffer: try await client.send(.get, "/metrics").body)
      #expect(
        metrics.contains(#"kg_response_cache_lookups_total{operation="exercise",outcome="hit"} 1"#))
      #expect(
        metrics.contains(
          #"kg_response_cache_lookups_total{operation="exercise",outcome="miss"} 3"#))
    }
  }

  @Test func aRepeatedRecommendationIsTheSameAnswerFromMemory() async throws {
    try await API.test { client in
      let request = #"{"goal": "Power", "muscles": ["glutes"], "limit": 3}"#
      let first = try await client.send(.post, "/v1/recommendations", json: request)
      let second = try await client.send(.post, "/v1/recommendations", json: request)
      #expect(first.status == .ok && second.status == .ok)
      #expect(first.body == second.body)
      #expect(first.headers[.contentType] == "application/json")
      #expect(second.headers[.contentType] == "application/json")
      let metrics = String(buffer: try await client.send(.get, "/metrics").body)
      #expect(
        metrics.contains(
          #"kg_response_cache_lookups_total{operation="recommend",outcome="hit"} 1"#))
    }
  }

  @Test func withNoMemoryForItEveryAnswerIsRead() async throws {
    try await API.test(configuration: ServerConfiguration(responseCacheBytes: 0)) { client in
      for _ in 0..<2 { _ = try await client.send(.get, "/v1/exercises?q=squat&limit=2") }
      let metrics = String(buffer: try await client.send(.get, "/metrics").body)
      #expect(metrics.contains(#"kg_graph_duration_seconds_count{operation="search"} 2"#))
      #expect(!metrics.contains("kg_response_cache_lookups"))
    }
  }
}
