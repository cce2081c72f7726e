import GraphModel

/// A small exercise graph's values for the renderers' tests.
enum Fixtures {
  static let squat = Node(
    id: NodeID(1), labels: ["Exercise", "Compound"], properties: ["name": "Squat", "level": 2])
  static let quads = Node(
    id: NodeID(2), labels: ["MuscleGroup"], properties: ["name": "quadriceps"])
  static let legs = Node(id: NodeID(3), labels: [], properties: [:])
  static let targets = Relationship(
    id: RelationshipID(10), start: NodeID(1), end: NodeID(2), type: "TARGETS",
    properties: ["role": "primary"])
  /// Points from legs back to quads, against the path's direction.
  static let partOf = Relationship(
    id: RelationshipID(11), start: NodeID(3), end: NodeID(2), type: "PART_OF", properties: [:])
  static let path = Path(nodes: [squat, quads, legs], relationships: [targets, partOf])
}
