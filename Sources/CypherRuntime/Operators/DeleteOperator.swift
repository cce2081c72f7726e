import GraphModel
import GraphStore

/// DELETE and DETACH DELETE: gathers every node, relationship and path the expressions name
/// across all rows, deletes the relationships, then the nodes — so `DELETE n, r` works in
/// either order, and deleting something twice is harmless.
final class DeleteOperator: UpdatingOperator {
  private let targets: [Evaluator]
  private let isDetach: Bool

  init(input: any PhysicalOperator, targets: [Evaluator], isDetach: Bool) {
    self.targets = targets
    self.isDetach = isDetach
    super.init(input: input)
  }

  override func prepare(_ rows: [Row], _ context: ExecutionContext) throws {
    let writer = try context.requireWriter()
    var nodes: [NodeID] = []
    var relationships: [RelationshipID] = []
    func gather(_ value: RuntimeValue) throws {
      switch value {
      case .null: break
      case .node(let id): nodes.append(id)
      case .relationship(let relationship): relationships.append(relationship.id)
      case .path(let path):
        nodes += path.nodes
        relationships += path.relationships.map(\.id)
      case .list(let elements): for element in elements { try gather(element) }
      default:
        throw ExecutionError.type(
          "DELETE expects nodes, relationships or paths, got a \(value.typeName)",
          detail: "InvalidArgumentType")
      }
    }
    for row in rows {
      for target in targets { try gather(try target(row, context)) }
    }
    var deletedRelationships: Set<RelationshipID> = []
    for id in relationships where deletedRelationships.insert(id).inserted {
      guard try writer.relationship(id) != nil else { continue }
      try writer.deleteRelationship(id)
    }
    var deletedNodes: Set<NodeID> = []
    for id in nodes where deletedNodes.insert(id).inserted {
      guard try writer.nodeExists(id) else { continue }
      do {
        try writer.deleteNode(id, detach: isDetach)
      } catch StoreError.nodeHasRelationships {
        throw ExecutionError(
          .constraintVerificationFailed, "DeleteConnectedNode",
          "Cannot delete a node that still has relationships; use DETACH DELETE")
      }
    }
  }
}
