/// Counts a planner or a person reads to size the graph, taken from one snapshot.
public struct GraphStatistics: Equatable, Sendable {
  public let nodes: Int
  public let relationships: Int
  /// Nodes per label, for every label some node has.
  public let nodesByLabel: [String: Int]
  /// Relationships per type, for every type some relationship has.
  public let relationshipsByType: [String: Int]
  public let propertyIndexes: [PropertyIndexDescription]
  public let fullTextIndexes: [FullTextIndexDescription]
  /// The pages the database occupies, in bytes (the main file; the write-ahead log aside).
  public let bytes: Int

  public init(
    nodes: Int, relationships: Int, nodesByLabel: [String: Int], relationshipsByType: [String: Int],
    propertyIndexes: [PropertyIndexDescription], fullTextIndexes: [FullTextIndexDescription],
    bytes: Int
  ) {
    self.bytes = bytes
    self.nodes = nodes
    self.relationships = relationships
    self.nodesByLabel = nodesByLabel
    self.relationshipsByType = relationshipsByType
    self.propertyIndexes = propertyIndexes
    self.fullTextIndexes = fullTextIndexes
  }
}
