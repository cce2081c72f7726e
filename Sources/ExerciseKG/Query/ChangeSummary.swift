import GraphModel
import GraphStore

/// What a write query changed, as the openCypher TCK counts it: the difference between the
/// graph before and after. What the query both created and deleted counts nowhere; labels
/// count as distinct names present in the graph; properties as (entity, key, value) triples.
public struct ChangeSummary: Hashable, Sendable {
  public var nodesCreated = 0
  public var nodesDeleted = 0
  public var relationshipsCreated = 0
  public var relationshipsDeleted = 0
  public var labelsAdded = 0
  public var labelsRemoved = 0
  public var propertiesSet = 0
  public var propertiesRemoved = 0

  public init() {}

}

/// Everything observable about a graph, for comparing before and after a query.
struct GraphSnapshot {
  var nodes: [NodeID: Node] = [:]
  var relationships: [RelationshipID: Relationship] = [:]

  init(_ transaction: ReadTransaction) throws {
    var nodeIDs: [NodeID] = []
    try transaction.forEachNodeID { nodeIDs.append($0) }
    for id in nodeIDs { nodes[id] = try transaction.node(id) }
    var relationshipIDs: [RelationshipID] = []
    try transaction.forEachRelationshipID { relationshipIDs.append($0) }
    for id in relationshipIDs { relationships[id] = try transaction.relationship(id) }
  }

  func changes(to after: GraphSnapshot) -> ChangeSummary {
    var summary = ChangeSummary()
    summary.nodesCreated = after.nodes.keys.filter { nodes[$0] == nil }.count
    summary.nodesDeleted = nodes.keys.filter { after.nodes[$0] == nil }.count
    summary.relationshipsCreated =
      after.relationships.keys.filter { relationships[$0] == nil }.count
    summary.relationshipsDeleted =
      relationships.keys.filter { after.relationships[$0] == nil }.count
    let (labelsBefore, labelsAfter) = (labelNames, after.labelNames)
    summary.labelsAdded = labelsAfter.subtracting(labelsBefore).count
    summary.labelsRemoved = labelsBefore.subtracting(labelsAfter).count
    let (propertiesBefore, propertiesAfter) = (propertyTriples, after.propertyTriples)
    summary.propertiesSet = propertiesAfter.subtracting(propertiesBefore).count
    summary.propertiesRemoved = propertiesBefore.subtracting(propertiesAfter).count
    return summary
  }

  private var labelNames: Set<String> { Set(nodes.values.flatMap(\.labels)) }

  /// (entity, key, value) for every property; entities as "n<id>" and "r<id>".
  private var propertyTriples: Set<PropertyTriple> {
    var triples: Set<PropertyTriple> = []
    for (id, node) in nodes {
      for (key, value) in node.properties {
        triples.insert(PropertyTriple(entity: "n\(id.rawValue)", key: key, value: value))
      }
    }
    for (id, relationship) in relationships {
      for (key, value) in relationship.properties {
        triples.insert(PropertyTriple(entity: "r\(id.rawValue)", key: key, value: value))
      }
    }
    return triples
  }

  private struct PropertyTriple: Hashable {
    let entity: String
    let key: String
    let value: Value
  }
}
