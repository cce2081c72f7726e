import CypherRuntime
import ExerciseKG
import Hummingbird
import HummingbirdTesting
import KGServer
import Testing

@Suite struct QueryRouteTests {
  @Test func rowsComeBackAsTypedJSON() async throws {
    try await API.test { client in
      let response = try await client.send(
        .post, "/v1/query",
        json: """
          {"query": "MATCH (g:Goal) WHERE g.name IN $names RETURN g.name AS name, 1 AS one, 0.5 AS half ORDER BY name",
           "params": {"names": ["Power", "Strength"]}}
          """)
      #expect(response.status == .ok)
      let object = try response.object
      #expect(object["columns"] as? [String] == ["name", "one", "half"])
      let rows = try #require(object["rows"] as? [[Any]])
      #expect(rows.map { $0[0] as? String } == ["Power", "Strength"])
      #expect(String(buffer: response.body).contains(#"["Power", 1, 0.5]"#))
    }
  }

  @Test func aSyntaxErrorIsA400WithLineAndColumn() async throws {
    try await API.test { client in
      let response = try await client.send(
        .post, "/v1/query", json: #"{"query": "MATCH (n)\nRETURN n.name AS"}"#)
      try response.expectProblem(.badRequest, "query-syntax")
      let object = try response.object
      #expect(object["line"] as? Int == 2)
      #expect(object["column"] as? Int != nil)
      #expect(object["stage"] as? String == "compile")
    }
  }

  @Test func writesAreRefusedAndChangeNothing() async throws {
    try await API.test { client in
      try await client.send(.post, "/v1/query", json: #"{"query": "CREATE (:Goal {name: 'Fun'})"}"#)
        .expectProblem(.forbidden, "read-only")
      let count = try await client.send(
        .post, "/v1/query", json: #"{"query": "MATCH (g:Goal {name: 'Fun'}) RETURN count(g)"}"#)
      #expect(String(buffer: count.body).contains("[[0]]"))
    }
  }

  @Test func theRowLimitIsEnforced() async throws {
    var limits = QueryLimits.service
    limits.maximumRows = 5
    try await API.test(configuration: ServerConfiguration(queryLimits: limits)) { client in
      try await client.send(
        .post, "/v1/query", json: #"{"query": "UNWIND range(1, 6) AS x RETURN x"}"#
      )
      .expectProblem(.unprocessableContent, "limit-exceeded")
    }
  }

  @Test func aMissingQueryIsA422() async throws {
    try await API.test { client in
      try await client.send(.post, "/v1/query", json: #"{"params": {}}"#)
        .expectProblem(.unprocessableContent, "missing-field")
    }
  }
}
