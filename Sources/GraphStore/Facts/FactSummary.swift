/// What applying one source's facts changed in the graph.
public struct FactSummary: Hashable, Sendable, Encodable {
  public var nodesCreated = 0
  public var nodesUpdated = 0
  public var nodesRemoved = 0
  public var relationshipsCreated = 0
  public var relationshipsUpdated = 0
  public var relationshipsRemoved = 0

  public init() {}

  /// Adds the changes of another import to these.
  public mutating func add(_ other: FactSummary) {
    nodesCreated += other.nodesCreated
    nodesUpdated += other.nodesUpdated
    nodesRemoved += other.nodesRemoved
    relationshipsCreated += other.relationshipsCreated
    relationshipsUpdated += other.relationshipsUpdated
    relationshipsRemoved += other.relationshipsRemoved
  }

  /// Whether the import changed nothing.
  public var isUnchanged: Bool { self == FactSummary() }
}

/// The kinds of fact the store keeps the provenance of.
enum FactKind: Int64, CaseIterable {
  case node = 0
  case label = 1
  case property = 2
  case relationship = 3
}
