import GraphModel
import GraphStore

/// Editing the graph entity by entity, as the taxonomy-editing routes do: each call is one
/// transaction and returns the entity as it now is.
///
/// The errors are `StoreError`s: `nodeNotFound` and `relationshipNotFound` for an unknown id,
/// `nodeHasRelationships` for a delete that does not detach, `invalidPropertyValue` for a value
/// a property cannot hold (a map, a list mixing types).
extension KnowledgeGraph {
  /// The node with `id`, or nil.
  public func node(_ id: NodeID) throws -> Node? {
    try store.read { try $0.node(id) }
  }

  /// The relationship with `id`, or nil.
  public func relationship(_ id: RelationshipID) throws -> Relationship? {
    try store.read { try $0.relationship(id) }
  }

  /// Creates a node with `labels` and `properties` (null values are not stored).
  public func createNode(labels: [String], properties: [String: Value]) throws -> Node {
    try write { transaction in
      try transaction.existingNode(
        transaction.createNode(labels: labels, properties: properties))
    }
  }

  /// Applies `change` to node `id`.
  public func updateNode(_ id: NodeID, _ change: NodeChange) throws -> Node {
    try write { transaction in
      try transaction.setProperties(change.properties, onNode: id)
      for label in change.addLabels { try transaction.addLabel(label, toNode: id) }
      for label in change.removeLabels { try transaction.removeLabel(label, fromNode: id) }
      return try transaction.existingNode(id)
    }
  }

  /// Deletes node `id`; with `detach`, its relationships too.
  public func deleteNode(_ id: NodeID, detach: Bool) throws {
    try write { try $0.deleteNode(id, detach: detach) }
  }

  /// Creates a relationship of `type` from `start` to `end`.
  public func createRelationship(
    from start: NodeID, to end: NodeID, type: String, properties: [String: Value]
  ) throws -> Relationship {
    try write { transaction in
      try transaction.existingRelationship(
        transaction.createRelationship(from: start, to: end, type: type, properties: properties))
    }
  }

  /// Sets properties of relationship `id` (a null removes one).
  public func updateRelationship(_ id: RelationshipID, properties: [String: Value]) throws
    -> Relationship
  {
    try write { transaction in
      try transaction.setProperties(properties, onRelationship: id)
      return try transaction.existingRelationship(id)
    }
  }

  /// Deletes relationship `id`.
  public func deleteRelationship(_ id: RelationshipID) throws {
    try write { try $0.deleteRelationship(id) }
  }
}

extension ReadTransaction {
  fileprivate func existingNode(_ id: NodeID) throws -> Node {
    guard let node = try node(id) else { throw StoreError.nodeNotFound(id) }
    return node
  }

  fileprivate func existingRelationship(_ id: RelationshipID) throws -> Relationship {
    guard let relationship = try relationship(id) else {
      throw StoreError.relationshipNotFound(id)
    }
    return relationship
  }
}
