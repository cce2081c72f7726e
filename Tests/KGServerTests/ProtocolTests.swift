import ExerciseKG
import Hummingbird
import HummingbirdTesting
import KGServer
import TestSupport
import Testing

/// What every route shares: unknown routes, wrong methods, health, and a real socket.
@Suite struct ProtocolTests {
  @Test func anUnknownRouteIsA404Problem() async throws {
    try await API.test { client in
      try await client.send(.get, "/v1/nothing-here").expectProblem(.notFound, "not-found")
    }
  }

  @Test func aWrongMethodIsA405WithAllow() async throws {
    try await API.test { client in
      let response = try await client.send(.get, "/v1/recommendations")
      try response.expectProblem(.methodNotAllowed, "method-not-allowed")
      #expect(response.headers[.allow] == "POST")
    }
  }

  @Test func healthAndReadiness() async throws {
    try await API.test { client in
      #expect(try await client.send(.get, "/healthz").status == .ok)
      let ready = try await client.send(.get, "/readyz")
      #expect(ready.status == .ok)
      #expect(try ready.object["status"] as? String == "ready")
    }
    let empty = try KnowledgeGraph(path: ":memory:")
    try await API.test(graph: empty) { client in
      #expect(try await client.send(.get, "/healthz").status == .ok)
      try await client.send(.get, "/readyz").expectProblem(.serviceUnavailable, "not-ready")
    }
  }

  @Test func theRealServerAnswersOverLoopback() async throws {
    let app = buildApplication(
      graph: try CuratedGraph.graph(), configuration: ServerConfiguration(port: 0))
    try await app.test(.live) { client in
      let response = try await client.send(
        .post, "/v1/recommendations", json: #"{"goal": "Power", "limit": 3}"#)
      #expect(response.status == .ok)
      #expect(try response.decoded(RecommendationResponse.self).results.count == 3)
    }
  }
}

/// The OpenAPI document describes exactly the routes the server has.
@Suite struct OpenAPITests {
  @Test func theDocumentIsServedAndListsEveryRoute() async throws {
    try await API.test { client in
      let response = try await client.send(.get, "/openapi.json")
      #expect(response.status == .ok)
      let document = try response.object
      #expect(document["openapi"] as? String == "3.1.0")
      let paths = try #require(document["paths"] as? [String: Any])
      #expect(
        Set(paths.keys) == [
          "/v1/recommendations", "/v1/exercises", "/v1/exercises/{id}", "/v1/muscle-groups",
          "/v1/equipment", "/v1/goals", "/v1/conditions", "/v1/query", "/v1/nodes",
          "/v1/nodes/{id}", "/v1/relationships", "/v1/relationships/{id}", "/v1/import",
          "/healthz", "/readyz", "/metrics", "/openapi.json",
        ])
      for path in paths.keys where !path.contains("{") {
        let probe = try await client.send(.get, path)
        #expect(probe.status != .notFound, "\(path)")
      }
    }
  }
}
