import ExerciseKG
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import KGServer
import TestSupport
import Testing

/// `GET /metrics` and the request id.
@Suite struct ObservabilityTests {
  @Test func metricsCountRequestsPerRouteAndTimeTheGraph() async throws {
    try await API.test { client in
      for _ in 0..<3 { _ = try await client.send(.get, "/v1/exercises/Barbell_Squat") }
      _ = try await client.send(.get, "/v1/exercises/no-such-exercise")
      let response = try await client.send(.get, "/metrics")
      #expect(response.status == .ok)
      #expect(response.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
      let text = String(buffer: response.body)
      #expect(
        text.contains(
          #"kg_http_requests_total{method="GET",route="/v1/exercises/{id}",status="200"} 3"#))
      #expect(
        text.contains(
          #"kg_http_requests_total{method="GET",route="/v1/exercises/{id}",status="404"} 1"#))
      #expect(
        text.contains(
          #"kg_http_request_duration_seconds_count{method="GET",route="/v1/exercises/{id}"} 4"#))
      // The second and third lookups are answered from the response cache.
      #expect(text.contains(#"kg_graph_duration_seconds_count{operation="exercise"} 2"#))
      #expect(
        text.contains(#"kg_response_cache_lookups_total{operation="exercise",outcome="hit"} 2"#))
      #expect(
        text.contains(#"kg_response_cache_lookups_total{operation="exercise",outcome="miss"} 2"#))
      let size = try #require(
        text.split(separator: "\n").first { $0.hasPrefix("kg_database_bytes ") })
      #expect((Double(size.split(separator: " ")[1]) ?? 0) > 100_000)
    }
  }

  @Test func everyResponseCarriesItsRequestID() async throws {
    try await API.test { client in
      let first = try await client.send(.get, "/healthz")
      let second = try await client.send(.get, "/v1/nothing")
      let ids = [first, second].compactMap { $0.headers[HTTPField.Name("X-Request-Id")!] }
      #expect(ids.count == 2 && ids[0] != ids[1])
    }
  }
}
