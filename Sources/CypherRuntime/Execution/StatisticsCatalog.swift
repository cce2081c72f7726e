import CypherPlanner
import GraphModel

/// The planner's catalog over the store's statistics, as read at one moment.
public struct StatisticsCatalog: GraphCatalog, Hashable, Sendable {
  private let nodes: Int
  private let nodesByLabel: [String: Int]
  private let relationships: Int
  private let relationshipsByType: [String: Int]
  private let propertyIndexes: Set<PropertyIndexDescription>

  public init(_ statistics: GraphStatistics) {
    nodes = statistics.nodes
    nodesByLabel = statistics.nodesByLabel
    relationships = statistics.relationships
    relationshipsByType = statistics.relationshipsByType
    propertyIndexes = Set(statistics.propertyIndexes)
  }

  public func nodeCount(label: String?) -> Int {
    guard let label else { return nodes }
    return nodesByLabel[label] ?? 0
  }

  public func relationshipCount(type: String?) -> Int {
    guard let type else { return relationships }
    return relationshipsByType[type] ?? 0
  }

  public func hasPropertyIndex(label: String, key: String) -> Bool {
    propertyIndexes.contains(PropertyIndexDescription(label: label, key: key))
  }

  /// Whether plans made with `other` could differ from plans made with this catalog: the
  /// indexes changed, or a label's or a relationship type's size changed by more than half or
  /// crossed zero.
  public func isStale(comparedTo other: StatisticsCatalog) -> Bool {
    if propertyIndexes != other.propertyIndexes { return true }
    func drifted(_ old: Int, _ new: Int) -> Bool {
      (old == 0) != (new == 0) || new > old * 3 / 2 + 8 || new < old / 2 - 8
    }
    if drifted(nodes, other.nodes) || drifted(relationships, other.relationships) { return true }
    for label in Set(nodesByLabel.keys).union(other.nodesByLabel.keys)
    where drifted(nodeCount(label: label), other.nodeCount(label: label)) {
      return true
    }
    for type in Set(relationshipsByType.keys).union(other.relationshipsByType.keys)
    where drifted(relationshipCount(type: type), other.relationshipCount(type: type)) {
      return true
    }
    return false
  }
}
