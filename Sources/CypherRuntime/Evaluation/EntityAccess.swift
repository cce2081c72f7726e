import GraphModel
import GraphStore

/// Reads entities' labels and properties through the query's transaction, turning "not there"
/// into openCypher's EntityNotFound.
extension ExecutionContext {
  /// `value.key`: a node's or relationship's property, or a map's entry. Entity reads come from
  /// the store's snapshot cache when the transaction has one.
  func property(_ key: PropertyKey, of value: RuntimeValue) throws -> RuntimeValue {
    // Entities' without passing the key's look-up along as a closure.
    switch value {
    case .node(let id): return try property(try key.resolve(in: transaction), of: id)
    case .relationship(let relationship):
      return try property(try key.resolve(in: transaction), of: relationship.id)
    default: return try property(key.name, of: value) { try key.resolve(in: transaction) }
    }
  }

  /// The property with the interned key `keyID` (nil: one the graph has never used) of `node`.
  private func property(_ keyID: Int64?, of node: NodeID) throws -> RuntimeValue {
    RuntimeValue(try entity { try transaction.property(keyID: keyID, ofNode: node) })
  }

  /// The property with the interned key `keyID` (nil: one the graph has never used) of
  /// `relationship`.
  private func property(_ keyID: Int64?, of relationship: RelationshipID) throws -> RuntimeValue {
    RuntimeValue(
      try entity { try transaction.property(keyID: keyID, ofRelationship: relationship) })
  }

  /// `value.key` for a key named at run time.
  func property(_ key: String, of value: RuntimeValue) throws -> RuntimeValue {
    try property(key, of: value) { try transaction.propertyKeyID(key) }
  }

  /// `value.key`, where `keyID` gives the key's interned ID when an entity is read.
  private func property(
    _ key: String, of value: RuntimeValue, keyID: () throws -> Int64?
  ) throws -> RuntimeValue {
    switch value {
    case .null: return .null
    case .node(let id):
      return try property(try keyID(), of: id)
    case .relationship(let relationship):
      return try property(try keyID(), of: relationship.id)
    case .map(let entries): return entries[key] ?? .null
    default:
      throw ExecutionError.type("Cannot read property `\(key)` of a \(value.typeName)")
    }
  }

  /// The label bitmap of `node`'s row (see `LabelRequirement`).
  func labelBits(of node: NodeID) throws -> Int64 {
    try entity { try transaction.labelBits(ofNode: node) }
  }

  func labels(of node: NodeID) throws -> [String] {
    if writer == nil, let labels = labelCache[node] { return labels }
    let labels = try entity { try transaction.labels(of: node) }
    if writer == nil { labelCache[node] = labels }
    return labels
  }

  /// Every property of a node, relationship or map.
  func properties(of value: RuntimeValue) throws -> [String: RuntimeValue] {
    switch value {
    case .node(let id):
      guard let node = try transaction.node(id) else { throw deleted("node") }
      return node.properties.mapValues(RuntimeValue.init)
    case .relationship(let reference):
      guard let relationship = try transaction.relationship(reference.id) else {
        throw deleted("relationship")
      }
      return relationship.properties.mapValues(RuntimeValue.init)
    case .map(let entries):
      return entries
    default:
      throw ExecutionError.type("A \(value.typeName) has no properties")
    }
  }

  /// The name of a relationship's type: from the catalog, or for a relationship given as a
  /// parameter, from the relationship itself.
  func typeName(of relationship: RelationshipReference) throws -> String {
    if relationship.typeID != RelationshipReference.unknownType {
      return try transaction.relationshipTypeName(Int64(relationship.typeID))
    }
    guard let stored = try transaction.relationship(relationship.id) else {
      throw deleted("relationship")
    }
    return stored.type
  }

  /// The graph value a query returns: entities read in full.
  func materialize(_ value: RuntimeValue) throws -> Value {
    switch value {
    case .null: return .null
    case .boolean(let flag): return .boolean(flag)
    case .integer(let integer): return .integer(integer)
    case .float(let float): return .float(float)
    case .string(let string): return .string(string)
    case .list(let elements): return .list(try elements.map(materialize))
    case .map(let entries): return .map(try entries.mapValues(materialize))
    case .node(let id): return .node(try node(id))
    case .relationship(let reference): return .relationship(try relationship(reference))
    case .path(let path):
      return .path(
        Path(
          nodes: try path.nodes.map(node), relationships: try path.relationships.map(relationship)))
    }
  }

  private func node(_ id: NodeID) throws -> Node {
    guard let node = try transaction.node(id) else { throw deleted("node") }
    return node
  }

  private func relationship(_ reference: RelationshipReference) throws -> Relationship {
    guard let relationship = try transaction.relationship(reference.id) else {
      throw deleted("relationship")
    }
    return relationship
  }

  private func entity<T>(_ read: () throws -> T) throws -> T {
    do {
      return try read()
    } catch StoreError.nodeNotFound {
      throw deleted("node")
    } catch StoreError.relationshipNotFound {
      throw deleted("relationship")
    }
  }

  private func deleted(_ noun: String) -> ExecutionError {
    ExecutionError(.entityNotFound, "DeletedEntityAccess", "The \(noun) was deleted by this query")
  }
}
