// GraphGenerator: the deterministic exercise graph every kg benchmark loads.
import GraphModel

/// Generates a graph with the shape of kg's real exercise graph, at any scale.
///
/// Scale 1 has 873 exercises, 24 muscle groups (17 muscles, 5 regions, 2 halves, joined by
/// PART_OF), 12 pieces of equipment, 8 goals and 10 conditions: about 930 nodes and 6,100
/// relationships. Scale S repeats the exercises, muscle groups and equipment S times, while goals
/// and conditions stay shared (so at scale 1000 a goal has hundreds of thousands of incoming
/// TARGETS, as in the peer measurements of PERFORMANCE.md).
///
/// Each exercise TARGETS one primary and one to three secondary muscles (`role`), one to three
/// goals (`weight`), REQUIRES zero to two pieces of equipment, is CONTRAINDICATED for a
/// condition with probability 0.35 and for a muscle group with probability 0.1 (`reason`,
/// `severity`), and is a VARIANT_OF an earlier exercise of its copy with probability 0.5.
/// The same scale and seed always give the same graph, node for node.
public struct ExerciseGraphGenerator: Sendable {
  public let scale: Int
  public let seed: UInt64

  public init(scale: Int, seed: UInt64 = 2026) {
    self.scale = max(1, scale)
    self.seed = seed
  }

  /// Where generated nodes and relationships go (a bulk loader, an exporter, …).
  public struct Sink {
    public var addNode: (_ labels: [String], _ properties: [String: Value]) throws -> NodeID
    public var addRelationship:
      (_ start: NodeID, _ end: NodeID, _ type: String, _ properties: [String: Value]) throws -> Void

    public init(
      addNode: @escaping ([String], [String: Value]) throws -> NodeID,
      addRelationship: @escaping (NodeID, NodeID, String, [String: Value]) throws -> Void
    ) {
      self.addNode = addNode
      self.addRelationship = addRelationship
    }
  }

  /// What was generated, for benchmarks that pick random starting points.
  public struct Summary: Sendable {
    public var nodes = 0
    public var relationships = 0
    public var exerciseNames: [String] = []
  }

  /// Emits every node, then every relationship, into `sink`.
  ///
  /// - Parameter nodesDone: called once between the two phases, so loads can be timed per phase.
  public func generate(into sink: Sink, nodesDone: () -> Void = {}) throws -> Summary {
    var random = SplitMix64(seed: seed)
    var summary = Summary()
    func node(_ label: String, _ properties: [String: Value]) throws -> NodeID {
      summary.nodes += 1
      return try sink.addNode([label], properties)
    }
    func relationship(
      _ start: NodeID, _ end: NodeID, _ type: String, _ properties: [String: Value] = [:]
    ) throws {
      summary.relationships += 1
      try sink.addRelationship(start, end, type, properties)
    }
    let goals = try ExerciseVocabulary.goals.map { try node("Goal", ["name": .string($0)]) }
    let conditions = try ExerciseVocabulary.conditions.map {
      try node("Condition", ["name": .string($0)])
    }
    var copies: [Copy] = []
    var exerciseNames: [String] = []
    for copy in 0..<scale {
      copies.append(try Copy(index: copy, node: node, names: &exerciseNames, random: &random))
    }
    summary.exerciseNames = exerciseNames
    nodesDone()
    for copy in copies {
      for (muscle, region) in copy.partOf { try relationship(muscle, region, "PART_OF") }
      for (offset, exercise) in copy.exercises.enumerated() {
        let muscles = copy.muscles.shuffled(using: &random)
        try relationship(exercise, muscles[0], "TARGETS", ["role": "primary"])
        for secondary in muscles[1...Int.random(in: 1...3, using: &random)] {
          try relationship(exercise, secondary, "TARGETS", ["role": "secondary"])
        }
        for goal in goals.shuffled(using: &random).prefix(Int.random(in: 1...3, using: &random)) {
          try relationship(
            exercise, goal, "TARGETS",
            ["weight": .float(Double(Int.random(in: 2...10, using: &random)) / 10)])
        }
        for equipment in copy.equipment.shuffled(using: &random).prefix(
          Int.random(in: 0...2, using: &random))
        {
          try relationship(exercise, equipment, "REQUIRES")
        }
        if Double.random(in: 0..<1, using: &random) < 0.35,
          let condition = conditions.randomElement(using: &random)
        {
          try relationship(exercise, condition, "CONTRAINDICATED", contraindication(&random))
        }
        if Double.random(in: 0..<1, using: &random) < 0.1 {
          try relationship(
            exercise, muscles[muscles.count - 1], "CONTRAINDICATED", contraindication(&random))
        }
        if offset > 0 && Double.random(in: 0..<1, using: &random) < 0.5 {
          try relationship(
            exercise, copy.exercises[Int.random(in: 0..<offset, using: &random)], "VARIANT_OF")
        }
      }
    }
    return summary
  }

  private func contraindication(_ random: inout SplitMix64) -> [String: Value] {
    [
      "reason": "load on an injured structure",
      "severity": .integer(Int64(Int.random(in: 1...3, using: &random))),
    ]
  }

  /// One copy's muscle groups, equipment and exercises.
  private struct Copy {
    var muscles: [NodeID] = []
    var partOf: [(NodeID, NodeID)] = []
    var equipment: [NodeID] = []
    var exercises: [NodeID] = []

    init(
      index: Int, node: (String, [String: Value]) throws -> NodeID, names: inout [String],
      random: inout SplitMix64
    ) throws {
      let suffix = index == 0 ? "" : " \(index)"
      var halves: [String: NodeID] = [:]
      for half in ExerciseVocabulary.halves {
        halves[half] = try node("MuscleGroup", ["name": .string(half + suffix)])
      }
      for (region, half, members) in ExerciseVocabulary.regions {
        let regionNode = try node("MuscleGroup", ["name": .string(region + suffix)])
        if let halfNode = halves[half] { partOf.append((regionNode, halfNode)) }
        for muscle in members {
          let muscleNode = try node("MuscleGroup", ["name": .string(muscle + suffix)])
          muscles.append(muscleNode)
          partOf.append((muscleNode, regionNode))
        }
      }
      equipment = try ExerciseVocabulary.equipment.map {
        try node("Equipment", ["name": .string($0 + suffix)])
      }
      for number in 0..<ExerciseVocabulary.exercisesPerCopy {
        let name =
          "\(ExerciseVocabulary.implements.randomElement(using: &random) ?? "") "
          + "\(ExerciseVocabulary.movements.randomElement(using: &random) ?? "") \(index)-\(number)"
        names.append(name)
        exercises.append(
          try node(
            "Exercise",
            [
              "id": .string("ex-\(index)-\(number)"), "name": .string(name),
              "level": .string(
                ExerciseVocabulary.levels.randomElement(using: &random) ?? "beginner"),
              "instructions": .list([
                .string("Set up for the \(name)."), "Move with control.", "Return and repeat.",
              ]),
            ]))
      }
    }
  }
}
