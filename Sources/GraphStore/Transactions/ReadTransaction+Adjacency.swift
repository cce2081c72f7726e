import GraphModel
import SQLiteDB

/// One step from a node along one relationship.
public struct Neighbor: Hashable, Sendable {
  /// The relationship followed.
  public let relationship: RelationshipID
  /// The node at the other end (the node itself, for a self-loop).
  public let node: NodeID
  /// `.outgoing` when the relationship starts at the expanded node, `.incoming` when it ends there.
  public let direction: Direction
  /// The interned relationship type.
  package let typeID: Int64
  /// The far node's label bitmap (see `LabelSet.bits`).
  package let labelBits: Int64
}

extension ReadTransaction {
  /// The relationships of `node` in `direction`, of any of `types` (of every type when empty),
  /// each with the node at its other end.
  ///
  /// Each (node, type, direction) is one range scan of a clustered index. With `.both`, a
  /// self-loop is reported once, as outgoing.
  public func neighbors(of node: NodeID, direction: Direction, types: [String] = []) throws
    -> [Neighbor]
  {
    var neighbors: [Neighbor] = []
    try forEachNeighbor(of: node, direction: direction, types: types) { neighbors.append($0) }
    return neighbors
  }

  /// Calls `body` for each relationship of `node`; see `neighbors(of:direction:types:)`.
  public func forEachNeighbor(
    of node: NodeID, direction: Direction, types: [String] = [], _ body: (Neighbor) throws -> Void
  ) throws {
    if types.isEmpty {
      return try forEachNeighbor(of: node, direction: direction, typeID: nil, body)
    }
    for type in Set(types) {
      guard let typeID = try resolve(type, .relationshipType) else { continue }
      try forEachNeighbor(of: node, direction: direction, typeID: typeID, body)
    }
  }

  /// The relationships of `node` in one direction (not `.both`) of the interned type `typeID`
  /// (every type when nil): with a snapshot cache, its list as it is, without a copy.
  package func neighbors(of node: NodeID, direction: Direction, typeID: Int64?) throws
    -> [Neighbor]
  {
    precondition(direction != .both, "neighbors(of:direction:typeID:) reads one direction")
    checkActive()
    guard let cache else {
      return try readNeighbors(of: node, direction: direction, typeID: typeID)
    }
    return try cache.neighbors(of: node, direction, typeID: typeID) {
      try readNeighbors(of: node, direction: direction, typeID: typeID)
    }
  }

  /// One adjacency range, read from its table.
  private func readNeighbors(of node: NodeID, direction: Direction, typeID: Int64?) throws
    -> [Neighbor]
  {
    let table = direction == .outgoing ? AdjacencyTable.outgoing : AdjacencyTable.incoming
    var neighbors: [Neighbor] = []
    try readAdjacency(table, node: node, typeID: typeID, skipSelfLoops: false) {
      neighbors.append($0)
    }
    return neighbors
  }

  /// Calls `body` for each relationship of `node` of the interned type `typeID` (every type when nil).
  private func forEachNeighbor(
    of node: NodeID, direction: Direction, typeID: Int64?, _ body: (Neighbor) throws -> Void
  ) throws {
    checkActive()
    if direction != .incoming {
      try scanAdjacency(
        AdjacencyTable.outgoing, node: node, typeID: typeID, skipSelfLoops: false, body)
    }
    if direction != .outgoing {
      try scanAdjacency(
        AdjacencyTable.incoming, node: node, typeID: typeID, skipSelfLoops: direction == .both, body
      )
    }
  }

  private func scanAdjacency(
    _ table: AdjacencyTable, node: NodeID, typeID: Int64?, skipSelfLoops: Bool,
    _ body: (Neighbor) throws -> Void
  ) throws {
    guard cache != nil else {
      return try readAdjacency(
        table, node: node, typeID: typeID, skipSelfLoops: skipSelfLoops, body)
    }
    let neighbors = try neighbors(of: node, direction: table.direction, typeID: typeID)
    for neighbor in neighbors where !(skipSelfLoops && neighbor.node == node) {
      try body(neighbor)
    }
  }

  /// One range scan of an adjacency table.
  private func readAdjacency(
    _ table: AdjacencyTable, node: NodeID, typeID: Int64?, skipSelfLoops: Bool,
    _ body: (Neighbor) throws -> Void
  ) throws {
    let sql = typeID == nil ? table.selectAllTypes : table.selectOneType
    try connection.withStatement(sql) { statement in
      try statement.bind(node.rawValue, at: 1)
      if let typeID { try statement.bind(typeID, at: 2) }
      while try statement.step() {
        let neighbor = NodeID(statement.int64(at: 0))
        if skipSelfLoops && neighbor == node { continue }
        try body(
          Neighbor(
            relationship: RelationshipID(statement.int64(at: 1)), node: neighbor,
            direction: table.direction,
            typeID: statement.int64(at: 3), labelBits: statement.int64(at: 2)))
      }
    }
  }

  /// How many relationships `node` has in `direction`, of any of `types` (all when empty),
  /// read from the degree table without scanning. A self-loop counts once with `.both`.
  public func degree(of node: NodeID, direction: Direction, types: [String] = []) throws -> Int {
    checkActive()
    var typeIDs: [Int64?] = [nil]
    if !types.isEmpty { typeIDs = try Set(types).compactMap { try resolve($0, .relationshipType) } }
    var total = 0
    for typeID in typeIDs {
      let sql =
        typeID == nil
        ? "SELECT total(outgoing), total(incoming) FROM degree WHERE node = ?1"
        : "SELECT outgoing, incoming FROM degree WHERE node = ?1 AND type = ?2"
      try connection.withStatement(sql) { statement in
        try statement.bind(node.rawValue, at: 1)
        if let typeID { try statement.bind(typeID, at: 2) }
        guard try statement.step() else { return }
        let outgoing = Int(statement.int64(at: 0))
        let incoming = Int(statement.int64(at: 1))
        switch direction {
        case .outgoing: total += outgoing
        case .incoming: total += incoming
        case .both: total += outgoing + incoming
        }
      }
    }
    if direction == .both { total -= try selfLoopCount(of: node, typeIDs: typeIDs) }
    return total
  }

  private func selfLoopCount(of node: NodeID, typeIDs: [Int64?]) throws -> Int {
    var count = 0
    for typeID in typeIDs {
      let sql =
        typeID == nil
        ? "SELECT count(*) FROM adjacency_out WHERE node = ?1 AND neighbor = ?1"
        : "SELECT count(*) FROM adjacency_out WHERE node = ?1 AND type = ?2 AND neighbor = ?1"
      var arguments: [SQLiteValue] = [.integer(node.rawValue)]
      if let typeID { arguments.append(.integer(typeID)) }
      if case .integer(let loops) = try connection.scalar(sql, arguments) { count += Int(loops) }
    }
    return count
  }
}

/// The two clustered adjacency tables and the statements that scan them.
struct AdjacencyTable {
  let name: String
  let direction: Direction
  let selectOneType: String
  let selectAllTypes: String

  private init(name: String, direction: Direction) {
    self.name = name
    self.direction = direction
    selectOneType =
      "SELECT neighbor, relationship, neighbor_bits, type FROM \(name) WHERE node = ?1 AND type = ?2"
    selectAllTypes =
      "SELECT neighbor, relationship, neighbor_bits, type FROM \(name) WHERE node = ?1"
  }

  static let outgoing = AdjacencyTable(name: "adjacency_out", direction: .outgoing)
  static let incoming = AdjacencyTable(name: "adjacency_in", direction: .incoming)
}

extension ReadTransaction {
  /// The name of the relationship type a `Neighbor.typeID` interns.
  package func relationshipTypeName(_ typeID: Int64) throws -> String {
    try name(of: typeID, .relationshipType)
  }

  /// The interned ID of a relationship type, nil when the graph has never used it.
  package func relationshipTypeID(_ name: String) throws -> Int64? {
    try resolve(name, .relationshipType)
  }

  /// How the adjacency rows' far-node bitmap (`Neighbor.labelBits`) shows `label`: `.bit` when
  /// it has a bit there, `.absent` when no node has ever had the label, `.unmapped` when the
  /// label's ID is too large for the bitmap (read the node's labels instead).
  package func labelBit(_ label: String) throws -> LabelBit {
    guard let id = try resolve(label, .label) else { return .absent }
    let bit = LabelSet.bit(for: id)
    return bit == 0 ? .unmapped : .bit(bit)
  }
}

/// See `ReadTransaction.labelBit(_:)`.
package enum LabelBit: Hashable, Sendable {
  case bit(Int64)
  case absent
  case unmapped
}
