import ExerciseKG
import Hummingbird
import HummingbirdTesting
import KGServer
import TestSupport
import Testing

@Suite struct ExerciseSearchRouteTests {
  @Test func keywordsFindExercisesBestFirst() async throws {
    try await API.test { client in
      let response = try await client.send(.get, "/v1/exercises?q=squat&limit=10")
      #expect(response.status == .ok)
      let page = try response.decoded(ExercisePage.self)
      #expect(page.items.count == 10)
      #expect(page.items.prefix(5).allSatisfy { $0.name.lowercased().contains("squat") })
      #expect(page.nextCursor != nil)
      let none = try await client.send(.get, "/v1/exercises?q=xylophone").decoded(ExercisePage.self)
      #expect(none.items.isEmpty && none.nextCursor == nil)
    }
  }

  @Test func filtersNarrowTheList() async throws {
    try await API.test { client in
      let page = try await client.send(
        .get,
        "/v1/exercises?muscle=legs&equipment=free%20weights&goal=Power&level=beginner&limit=100"
      ).decoded(ExercisePage.self)
      #expect(!page.items.isEmpty)
      let freeWeights: Set = ["barbell", "dumbbell", "kettlebells", "e-z curl bar"]
      for item in page.items {
        #expect(item.level == "beginner")
        #expect(item.equipment.contains { freeWeights.contains($0) })
      }
      #expect(page.items.map(\.name) == page.items.map(\.name).sorted())
    }
  }

  @Test func paginationReachesTheEndWithNoDuplicates() async throws {
    let expected = try CuratedGraph.graph().execute(
      "MATCH (e:Exercise)-[:TARGETS]->(:MuscleGroup {name: 'chest'}) RETURN count(DISTINCT e)"
    ).result.rows.first?.first?.integerValue
    try await API.test { client in
      var ids: [String] = []
      var cursor: String? = nil
      repeat {
        let uri = "/v1/exercises?muscle=chest&limit=7" + (cursor.map { "&cursor=\($0)" } ?? "")
        let page = try await client.send(.get, uri).decoded(ExercisePage.self)
        #expect(page.items.count <= 7)
        ids += page.items.map(\.id)
        cursor = page.nextCursor
      } while cursor != nil
      #expect(ids.count == Int(expected ?? -1))
      #expect(Set(ids).count == ids.count)
    }
  }

  @Test func badParametersAreProblems() async throws {
    try await API.test { client in
      try await client.send(.get, "/v1/exercises?cursor=nonsense")
        .expectProblem(.unprocessableContent, "invalid-field")
      try await client.send(.get, "/v1/exercises?limit=0")
        .expectProblem(.unprocessableContent, "invalid-field")
      try await client.send(.get, "/v1/exercises?limit=ten")
        .expectProblem(.unprocessableContent, "invalid-field")
      try await client.send(.get, "/v1/exercises?colour=red")
        .expectProblem(.unprocessableContent, "invalid-field")
      try await client.send(.get, "/v1/exercises?muscle=bicep")
        .expectProblem(.unprocessableContent, "unknown-names")
    }
  }
}
