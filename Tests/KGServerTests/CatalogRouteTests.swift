import ExerciseKG
import Hummingbird
import HummingbirdTesting
import KGServer
import Testing

@Suite struct CatalogRouteTests {
  @Test func anExerciseComesWithItsMusclesEquipmentGoalsContraindicationsAndVariants() async throws
  {
    try await API.test { client in
      let response = try await client.send(.get, "/v1/exercises/Barbell_Squat")
      #expect(response.status == .ok)
      let squat = try response.decoded(ExerciseDetail.self)
      #expect(squat.name == "Barbell Squat")
      #expect(squat.equipment == ["barbell"])
      #expect(squat.muscles.contains { $0.muscle == "quadriceps" && $0.role == "primary" })
      #expect(squat.goals.contains { $0.name == "Strength" && $0.weight > 0 })
      #expect(squat.contraindications.contains { $0.condition == "knee pain" })
      #expect(squat.variants.contains { $0.name == "Dumbbell Squat" })

      let variant = try await client.send(.get, "/v1/exercises/Dumbbell_Squat")
        .decoded(ExerciseDetail.self)
      #expect(variant.variantOf?.id == "Barbell_Squat")
      #expect(variant.variantOf?.name == "Barbell Squat")
    }
  }

  @Test func anUnknownExerciseIsA404Problem() async throws {
    try await API.test { client in
      try await client.send(.get, "/v1/exercises/No_Such_Thing").expectProblem(
        .notFound, "not-found")
    }
  }

  @Test func theTaxonomiesCarryTheirHierarchy() async throws {
    try await API.test { client in
      struct Items: Decodable { let items: [TaxonomyTerm] }
      let muscles = try await client.send(.get, "/v1/muscle-groups").decoded(Items.self).items
      #expect(muscles.count == 23)
      #expect(muscles.first { $0.name == "quadriceps" }?.partOf == ["legs"])
      let legs = try #require(muscles.first { $0.name == "legs" })
      #expect(legs.parts.contains("hamstrings"))
      let equipment = try await client.send(.get, "/v1/equipment").decoded(Items.self).items
      #expect(equipment.first { $0.name == "free weights" }?.parts.contains("dumbbell") == true)
      let goals = try await client.send(.get, "/v1/goals").decoded(Items.self).items
      #expect(goals.map(\.name) == ["Endurance", "Hypertrophy", "Mobility", "Power", "Strength"])
      let conditions = try await client.send(.get, "/v1/conditions").decoded(Items.self).items
      #expect(conditions.count == 10)
    }
  }
}
