import GraphModel
import GraphStore

/// What CREATE (and MERGE, when it creates) makes of one pattern part, with slots resolved.
struct PatternCreation {
  struct NodeStep {
    let slot: Int
    /// Whether the node is new; otherwise the slot holds a node bound earlier.
    let isNew: Bool
    let labels: [String]
    let properties: Evaluator?
  }

  struct RelationshipStep {
    let slot: Int
    let type: String
    /// Whether the relationship points from the later node to the earlier, `<-[]-`.
    let pointsBack: Bool
    let properties: Evaluator?
  }

  let nodes: [NodeStep]
  let relationships: [RelationshipStep]
  let pathSlot: Int?

  /// Creates the part's new nodes and its relationships, binding them in `row`.
  func create(in row: inout Row, _ context: ExecutionContext) throws {
    let writer = try context.requireWriter()
    var nodeIDs: [NodeID] = []
    for node in nodes {
      if node.isNew {
        let properties = try Self.properties(node.properties, row, context)
        let id = try writer.createNode(labels: node.labels, properties: properties)
        row[node.slot] = .node(id)
        nodeIDs.append(id)
      } else {
        guard case .node(let id) = row[node.slot] else {
          throw ExecutionError(
            .semanticError, "CreateWithNullNode",
            "Cannot create a relationship to a \(row[node.slot].isNull ? "missing (null)" : row[node.slot].typeName) node"
          )
        }
        nodeIDs.append(id)
      }
    }
    var references: [RelationshipReference] = []
    for (index, relationship) in relationships.enumerated() {
      let (left, right) = (nodeIDs[index], nodeIDs[index + 1])
      let (start, end) = relationship.pointsBack ? (right, left) : (left, right)
      let properties = try Self.properties(relationship.properties, row, context)
      let id = try writer.createRelationship(
        from: start, to: end, type: relationship.type, properties: properties)
      let reference = try RelationshipReference(
        id: id, start: start, end: end,
        typeID: try writer.relationshipTypeID(relationship.type)
          ?? Int64(RelationshipReference.unknownType))
      row[relationship.slot] = .relationship(reference)
      references.append(reference)
    }
    if let pathSlot {
      row[pathSlot] = .path(PathValue(nodes: nodeIDs, relationships: references))
    }
  }

  /// A pattern's property map as storable properties; null entries are left out.
  static func properties(_ map: Evaluator?, _ row: Row, _ context: ExecutionContext) throws
    -> [String: Value]
  {
    guard let map else { return [:] }
    let value = try map(row, context)
    guard case .map(let entries) = value else {
      if value.isNull { return [:] }
      throw ExecutionError.type("Expected a map of properties, got a \(value.typeName)")
    }
    var properties: [String: Value] = [:]
    for (key, entry) in entries where !entry.isNull {
      properties[key] = try entry.storable(for: key)
    }
    return properties
  }
}
