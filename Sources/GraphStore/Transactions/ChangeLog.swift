import GraphModel

/// How every node and relationship a write transaction touched was before it, once
/// `WriteTransaction.recordChanges()` has asked for it: what telling a query's changes needs,
/// without reading the whole graph.
public struct ChangeLog: Sendable {
  /// Each touched node as it was before; `.some(nil)` for one the transaction created.
  public internal(set) var nodesBefore: [NodeID: Node?] = [:]
  /// Each touched relationship as it was before; `.some(nil)` for one created.
  public internal(set) var relationshipsBefore: [RelationshipID: Relationship?] = [:]
  /// The labels some node had before, with their counts.
  public let labelsBefore: [String: Int]
}

extension WriteTransaction {
  /// Starts keeping a `ChangeLog` of what this transaction changes from now on.
  public func recordChanges() throws {
    guard changeLog == nil else { return }
    changeLog = ChangeLog(labelsBefore: try statistics().nodesByLabel)
  }

  /// Keeps node `id` as it is now, if changes are recorded and it was not touched before.
  func willChange(node id: NodeID) throws {
    try keep(id, in: \.nodesBefore) { try node(id) }
  }

  /// Notes that node `id` did not exist before, unless it was touched before.
  func didCreate(node id: NodeID) {
    keep(id, in: \.nodesBefore) { nil }
  }

  /// Keeps relationship `id` as it is now, if changes are recorded and it was not touched.
  func willChange(relationship id: RelationshipID) throws {
    try keep(id, in: \.relationshipsBefore) { try relationship(id) }
  }

  /// Notes that relationship `id` did not exist before, unless it was touched before.
  func didCreate(relationship id: RelationshipID) {
    keep(id, in: \.relationshipsBefore) { nil }
  }

  /// Stores `before()` for `id` the first time it is touched, when changes are recorded.
  private func keep<ID: Hashable, Entity>(
    _ id: ID, in entities: WritableKeyPath<ChangeLog, [ID: Entity?]>,
    _ before: () throws -> Entity?
  ) rethrows {
    guard changeLog != nil, changeLog?[keyPath: entities].index(forKey: id) == nil else { return }
    let state = try before()
    changeLog?[keyPath: entities][id] = .some(state)
  }
}
