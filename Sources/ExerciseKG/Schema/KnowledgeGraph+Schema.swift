import GraphModel
import GraphStore

/// What a graph holds, by name: what the REPL's `:schema` shows and its completion offers.
public struct GraphSchema: Equatable, Sendable {
  /// The statistics: counts by label and type, the indexes, the size.
  public let statistics: GraphStatistics
  /// How many nodes have each property key.
  public let nodePropertyKeys: [String: Int]
  /// How many relationships have each property key.
  public let relationshipPropertyKeys: [String: Int]
}

extension KnowledgeGraph {
  /// The labels, relationship types and property keys with their counts, and the indexes.
  /// Counting property keys reads every node and relationship, in one snapshot.
  public func schema() throws -> GraphSchema {
    try store.read { transaction in
      var nodeKeys: [String: Int] = [:]
      try transaction.forEachNodeID { id in
        guard let node = try transaction.node(id) else { return }
        for key in node.properties.keys { nodeKeys[key, default: 0] += 1 }
      }
      var relationshipKeys: [String: Int] = [:]
      try transaction.forEachRelationshipID { id in
        guard let relationship = try transaction.relationship(id) else { return }
        for key in relationship.properties.keys { relationshipKeys[key, default: 0] += 1 }
      }
      return GraphSchema(
        statistics: try transaction.statistics(), nodePropertyKeys: nodeKeys,
        relationshipPropertyKeys: relationshipKeys)
    }
  }
}
