import ExerciseKG
import Hummingbird
import HummingbirdTesting
import KGServer
import Testing

@Suite struct RecommendationRouteTests {
  @Test func aKneePainUserWithOnlyDumbbellsGetsExplainedDumbbellOrBodyweightExercises() async throws
  {
    try await API.test { client in
      let response = try await client.send(
        .post, "/v1/recommendations",
        json: """
          {"goal": "Strength", "muscles": ["legs"], "equipment": ["dumbbell"],
           "avoid": ["knee pain"], "level": "intermediate", "limit": 8, "explain": true}
          """)
      #expect(response.status == .ok)
      #expect(response.headers[.contentType] == "application/json")
      let body = try response.decoded(RecommendationResponse.self)
      #expect(body.results.count == 8)
      for result in body.results {
        #expect(result.exercise.equipment.allSatisfy { $0 == "dumbbell" })
        #expect(result.exercise.difficulty <= 2)
        #expect(!result.explanation.muscles.isEmpty && !result.explanation.paths.isEmpty)
        #expect(result.explanation.goal?.name == "Strength")
      }
      #expect(try #require(body.excluded).allSatisfy { !$0.reasons.isEmpty })
      let object = try response.object
      let first = try #require((object["results"] as? [[String: Any]])?.first)
      let exercise = try #require(first["exercise"] as? [String: Any])
      #expect(
        Set(exercise.keys).isSuperset(of: ["id", "name", "level", "equipment", "primaryMuscles"]))
      #expect(first["score"] is Double && first["explanation"] is [String: Any])
    }
  }

  @Test func withoutExplainThereIsNoExcludedMember() async throws {
    try await API.test { client in
      let response = try await client.send(
        .post, "/v1/recommendations", json: #"{"goal": "Mobility"}"#)
      #expect(response.status == .ok)
      #expect(try response.object["excluded"] == nil)
    }
  }

  @Test func unknownNamesAreA422WithCloseMatches() async throws {
    try await API.test { client in
      let response = try await client.send(
        .post, "/v1/recommendations", json: #"{"goal": "Strenght", "avoid": ["knee pian"]}"#)
      try response.expectProblem(.unprocessableContent, "unknown-names")
      let unknown = try #require(try response.object["unknown"] as? [[String: Any]])
      #expect(unknown.map { $0["name"] as? String } == ["Strenght", "knee pian"])
      #expect(unknown.map { $0["suggestions"] as? [String] } == [["Strength"], ["knee pain"]])
    }
  }

  @Test func badBodiesAreProblems() async throws {
    try await API.test { client in
      try await client.send(.post, "/v1/recommendations", json: "{\"goal\": ")
        .expectProblem(.badRequest, "malformed-json")
      let misspelt = try await client.send(
        .post, "/v1/recommendations", json: #"{"muscle": ["legs"]}"#)
      try misspelt.expectProblem(.unprocessableContent, "invalid-field")
      let detail = try #require(try misspelt.object["detail"] as? String)
      #expect(detail.contains("muscle"))
      #expect(detail.contains("the fields are avoid, equipment, exclude, explain"))
      try await client.send(.post, "/v1/recommendations", json: #"{"muscles": "legs"}"#)
        .expectProblem(.unprocessableContent, "invalid-field")
      try await client.send(.post, "/v1/recommendations", json: #"{"level": 9}"#)
        .expectProblem(.unprocessableContent, "invalid-field")
      try await client.send(.post, "/v1/recommendations", json: #"{"level": "guru"}"#)
        .expectProblem(.unprocessableContent, "invalid-field")
      try await client.send(.post, "/v1/recommendations", json: "{}", contentType: "text/plain")
        .expectProblem(.unsupportedMediaType, "unsupported-media-type")
    }
  }

  @Test func theMediaTypeIsReadWithoutParametersCaseOrSpaces() async throws {
    try await API.test { client in
      for accepted in [
        "application/json", "Application/JSON", " application/json ",
        "application/json; charset=utf-8", "application/json;charset=UTF-8",
      ] {
        let response = try await client.send(
          .post, "/v1/recommendations", json: "{}", contentType: accepted)
        #expect(response.status == .ok, "\(accepted)")
      }
      for refused in ["application/jsonx", "text/plain; application/json", "", ";", "json"] {
        try await client.send(.post, "/v1/recommendations", json: "{}", contentType: refused)
          .expectProblem(.unsupportedMediaType, "unsupported-media-type")
      }
    }
  }

  @Test func aBodyOverTheLimitIsA413() async throws {
    let configuration = ServerConfiguration(maximumBodyBytes: 64)
    try await API.test(configuration: configuration) { client in
      let exclude = (0..<50).map { "\"exercise-\($0)\"" }.joined(separator: ",")
      try await client.send(.post, "/v1/recommendations", json: #"{"exclude": [\#(exclude)]}"#)
        .expectProblem(.contentTooLarge, "body-too-large")
    }
  }
}
