import ExerciseKG
import Hummingbird
import HummingbirdTesting
import KGServer
import TestSupport
import Testing

/// Bearer tokens and their scopes.
@Suite struct AccessTests {
  static let reader = "kg_reader-secret"
  static let writer = "kg_writer-secret"
  static let policy = AccessPolicy(tokens: [
    AccessToken(name: "reader", scopes: [.read], digest: AccessToken.digest(of: reader)),
    AccessToken(name: "writer", scopes: [.write], digest: AccessToken.digest(of: writer)),
  ])

  @Test func withoutConfiguredTokensReadsAreOpen() async throws {
    let status = try await API.test { client in try await client.send(.get, "/v1/goals").status }
    #expect(status == .ok)
  }

  @Test func onceTokensAreConfiguredReadsNeedOne() async throws {
    try await API.test(configuration: ServerConfiguration(access: Self.policy)) { client in
      let anonymous = try await client.send(.get, "/v1/goals")
      try anonymous.expectProblem(.unauthorized, "unauthorized")
      #expect(anonymous.headers[.wwwAuthenticate] == #"Bearer realm="kg""#)
      let forged = try await client.send(.get, "/v1/goals", token: "kg_guess")
      try forged.expectProblem(.unauthorized, "unauthorized")
      #expect(forged.headers[.wwwAuthenticate]?.contains("invalid_token") == true)
      #expect(try await client.send(.get, "/v1/goals", token: Self.reader).status == .ok)
      #expect(try await client.send(.get, "/v1/goals", token: Self.writer).status == .ok)
      #expect(try await client.send(.get, "/healthz").status == .ok)
      #expect(try await client.send(.get, "/metrics").status == .ok)
    }
  }

  @Test func publicReadsNeedNoTokenButWritesStillDo() async throws {
    let policy = AccessPolicy(
      tokens: [
        AccessToken(name: "reader", scopes: [.read], digest: AccessToken.digest(of: Self.reader))
      ], publicReads: true)
    try await API.test(
      graph: try KnowledgeGraph(path: ":memory:"),
      configuration: ServerConfiguration(access: policy)
    ) { client in
      #expect(try await client.send(.get, "/v1/goals").status == .ok)
      try await client.send(.post, "/v1/nodes", json: #"{"labels": ["Goal"]}"#)
        .expectProblem(.unauthorized, "unauthorized")
    }
  }

  @Test func queriesWriteOnlyWithTheWriteScope() async throws {
    let graph = try KnowledgeGraph(path: ":memory:")
    try await API.test(graph: graph, configuration: ServerConfiguration(access: Self.policy)) {
      client in
      let create = #"{"query": "CREATE (:Goal {name: 'Grip'})"}"#
      let refused = try await client.send(.post, "/v1/query", json: create, token: Self.reader)
      try refused.expectProblem(.forbidden, "read-only")
      let done = try await client.send(.post, "/v1/query", json: create, token: Self.writer)
      #expect(done.status == .ok)
    }
    #expect(try graph.statistics().nodesByLabel["Goal"] == 1)
  }

  @Test func aReadTokenCannotWrite() async throws {
    try await API.test(
      graph: try KnowledgeGraph(path: ":memory:"),
      configuration: ServerConfiguration(access: Self.policy)
    ) { client in
      let response = try await client.send(
        .post, "/v1/nodes", json: #"{"labels": ["Goal"]}"#, token: Self.reader)
      try response.expectProblem(.forbidden, "insufficient-scope")
      #expect(response.headers[.wwwAuthenticate]?.contains(#"scope="write""#) == true)
    }
  }
}

/// The configuration lines of tokens.
@Suite struct AccessTokenTests {
  @Test func theDigestIsSHA256() {
    #expect(
      AccessToken.digest(of: "abc")
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  }

  @Test func linesRoundTripAndCommentsAreSkipped() throws {
    let token = AccessToken(
      name: "app", scopes: [.read, .write], digest: AccessToken.digest(of: "secret"))
    let text = "# tokens\n\n\(token.line)  # the app\n"
    #expect(try AccessToken.parse(text, source: "tokens.txt") == [token])
    #expect(try AccessToken.parse("\(token.line);\(token.line)", source: "KG_TOKENS").count == 2)
  }

  @Test func aBadEntryIsReportedWithItsPosition() {
    let digest = AccessToken.digest(of: "secret")
    let error = #expect(throws: AccessConfigurationError.self) {
      try AccessToken.parse("a read \(digest)\nb admin \(digest)", source: "t")
    }
    #expect(error?.entry == 2)
    #expect(error?.description.contains("unknown scope 'admin'") == true)
    #expect(throws: AccessConfigurationError.self) {
      try AccessToken.parse("a read 1234", source: "t")
    }
  }

  @Test func generatedTokensAreDistinctAndURLSafe() {
    let tokens = (0..<20).map { _ in AccessToken.generate() }
    #expect(Set(tokens).count == 20)
    #expect(tokens.allSatisfy { $0.hasPrefix("kg_") && $0.count == 46 })
    #expect(tokens.allSatisfy { !$0.contains("+") && !$0.contains("/") && !$0.contains("=") })
  }
}
