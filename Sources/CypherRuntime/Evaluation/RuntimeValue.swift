// CypherRuntime: runs query plans over the store. Lowering turns a logical plan into a tree
// of pull-based physical operators; expressions compile to closures over row slots; values
// follow openCypher's rules for nulls, comparison, ordering and arithmetic.
import GraphModel

/// A value while a query runs. Nodes and relationships are references into the graph, read
/// when a query looks at them, so a row is cheap however large the entities are.
enum RuntimeValue: Sendable {
  case null
  case boolean(Bool)
  case integer(Int64)
  case float(Double)
  case string(String)
  case list([RuntimeValue])
  case map([String: RuntimeValue])
  case node(NodeID)
  case relationship(RelationshipReference)
  case path(PathValue)

  var isNull: Bool {
    if case .null = self { return true }
    return false
  }

  /// The value from a property or parameter.
  init(_ value: Value) {
    switch value {
    case .null: self = .null
    case .boolean(let flag): self = .boolean(flag)
    case .integer(let integer): self = .integer(integer)
    case .float(let float): self = .float(float)
    case .string(let string): self = .string(string)
    case .list(let elements): self = .list(elements.map(RuntimeValue.init))
    case .map(let entries): self = .map(entries.mapValues(RuntimeValue.init))
    case .node(let node): self = .node(node.id)
    case .relationship(let relationship):
      self = .relationship(RelationshipReference(relationship))
    case .path(let path):
      self = .path(
        PathValue(
          nodes: path.nodes.map(\.id),
          relationships: path.relationships.map(RelationshipReference.init)
        ))
    }
  }

  /// The name of the value's type, for error messages.
  var typeName: String {
    switch self {
    case .null: "Null"
    case .boolean: "Boolean"
    case .integer: "Integer"
    case .float: "Float"
    case .string: "String"
    case .list: "List"
    case .map: "Map"
    case .node: "Node"
    case .relationship: "Relationship"
    case .path: "Path"
    }
  }
}

/// A relationship with what identifies it and its endpoints; properties are read on demand.
///
/// Its type is the graph's interned ID for it, not the name (`ExecutionContext.typeName(of:)`):
/// with no string in it a reference is trivially copied, which keeps `RuntimeValue` within
/// four machine words — small enough to be copied in registers rather than through its value
/// witnesses, on every slot read.
struct RelationshipReference: Hashable, Sendable {
  let id: RelationshipID
  let start: NodeID
  let end: NodeID
  /// The interned ID of its type, or `unknownType` for a relationship given as a parameter.
  let typeID: Int32

  /// The `typeID` of a relationship whose type is found by reading it.
  static let unknownType: Int32 = -1

  init(id: RelationshipID, start: NodeID, end: NodeID, typeID: Int64) throws {
    guard let typeID = Int32(exactly: typeID) else {
      throw ExecutionError(
        .limitExceeded, "TypeIDRange", "Relationship type ID \(typeID) is out of range")
    }
    self.id = id
    self.start = start
    self.end = end
    self.typeID = typeID
  }

  /// A relationship given as a value (a parameter), whose type is read from the graph if asked.
  init(_ relationship: Relationship) {
    id = relationship.id
    start = relationship.start
    end = relationship.end
    typeID = Self.unknownType
  }

  static func == (left: Self, right: Self) -> Bool { left.id == right.id }
  func hash(into hasher: inout Hasher) { hasher.combine(id) }

  /// The endpoint that is not `node` (`node` itself for a self-loop).
  func otherNode(than node: NodeID) -> NodeID { start == node ? end : start }
}

/// A path as references: `nodes` has one more element than `relationships`.
struct PathValue: Hashable, Sendable {
  var nodes: [NodeID]
  var relationships: [RelationshipReference]
}

/// One row of a running query: a value per slot, slots fixed when the plan is lowered.
typealias Row = [RuntimeValue]
