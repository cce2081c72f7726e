/// A relationship as read from the graph: a typed, directed edge with properties.
public struct Relationship: Hashable, Sendable {
  public let id: RelationshipID
  /// The node the relationship leaves.
  public let start: NodeID
  /// The node the relationship enters.
  public let end: NodeID
  /// The relationship type, e.g. `TARGETS`.
  public let type: String
  /// The relationship's properties; a key whose value would be `null` is absent.
  public var properties: [String: Value]

  public init(
    id: RelationshipID, start: NodeID, end: NodeID, type: String, properties: [String: Value]
  ) {
    self.id = id
    self.start = start
    self.end = end
    self.type = type
    self.properties = properties
  }
}
