/// A path: a start node and the steps taken from it, each a relationship and the node it reaches.
///
/// `nodes` has one more element than `relationships`; relationship *i* joins `nodes[i]` and
/// `nodes[i + 1]`, in either direction (its own `start` and `end` say which).
public struct Path: Hashable, Sendable {
  public let nodes: [Node]
  public let relationships: [Relationship]

  /// - Precondition: `nodes.count == relationships.count + 1`.
  public init(nodes: [Node], relationships: [Relationship]) {
    precondition(
      nodes.count == relationships.count + 1, "a path has one more node than relationships")
    self.nodes = nodes
    self.relationships = relationships
  }

  /// The number of relationships (Cypher's `length(p)`).
  public var length: Int { relationships.count }
}
