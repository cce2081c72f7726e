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
  public var indexesAdded = 0
  public var indexesRemoved = 0

  public init() {}

}

extension ChangeSummary {
  /// The difference between the entities `log` kept, as they were, and as `transaction` has
  /// them now; only touched entities can differ, and labels are compared through the counts.
  init(_ log: ChangeLog, now transaction: WriteTransaction) throws {
    self.init()
    for (id, before) in log.nodesBefore {
      let after = try transaction.node(id)
      count(before.map(\.properties), after.map(\.properties))
    }
    for (id, before) in log.relationshipsBefore {
      let after = try transaction.relationship(id)
      count(before.map(\.properties), after.map(\.properties), relationship: true)
    }
    let labelsBefore = Set(log.labelsBefore.keys)
    let labelsAfter = Set(try transaction.statistics().nodesByLabel.keys)
    labelsAdded = labelsAfter.subtracting(labelsBefore).count
    labelsRemoved = labelsBefore.subtracting(labelsAfter).count
  }

  /// Counts one entity's creation or deletion, and its (key, value) pairs set and removed.
  private mutating func count(
    _ before: [String: Value]?, _ after: [String: Value]?, relationship: Bool = false
  ) {
    switch (before, after, relationship) {
    case (nil, _?, false): nodesCreated += 1
    case (_?, nil, false): nodesDeleted += 1
    case (nil, _?, true): relationshipsCreated += 1
    case (_?, nil, true): relationshipsDeleted += 1
    default: break
    }
    let (old, new) = (before ?? [:], after ?? [:])
    propertiesSet += new.filter { old[$0.key] != $0.value }.count
    propertiesRemoved += old.filter { new[$0.key] != $0.value }.count
  }
}
