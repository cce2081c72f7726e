/// One exercise and everything the graph says of it (`queries/exercise.cypher`).
public struct ExerciseDetail: Sendable, Hashable, Codable {
  public let id: String
  public let name: String
  public let level: String
  public let difficulty: Int
  public let force: String?
  public let mechanic: String?
  public let category: String?
  /// The steps, one per line.
  public let instructions: String?
  public let muscles: [MuscleMatch]
  public let equipment: [String]
  public let goals: [GoalMatch]
  public let contraindications: [Contraindication]
  /// The exercise this one is a variant of.
  public let variantOf: ExerciseReference?
  /// The exercises that are variants of this one.
  public let variants: [ExerciseReference]
}

/// An exercise named by id and name.
public struct ExerciseReference: Sendable, Hashable, Codable {
  public let id: String
  public let name: String
}

/// A term of a vocabulary — a muscle group, a kind of equipment, a goal, a condition — and its
/// place in the `PART_OF` hierarchy (`queries/taxonomy.cypher`).
public struct TaxonomyTerm: Sendable, Hashable, Codable {
  public let name: String
  public let iri: String?
  /// The terms this one is part of.
  public let partOf: [String]
  /// The terms part of this one.
  public let parts: [String]
}

/// The vocabularies a recommendation request draws on.
public enum Taxonomy: String, Sendable, CaseIterable {
  case muscleGroups = "MuscleGroup"
  case equipment = "Equipment"
  case goals = "Goal"
  case conditions = "Condition"
}
