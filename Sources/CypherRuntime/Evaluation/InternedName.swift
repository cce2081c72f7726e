import GraphStore

/// A property key or label as a compiled expression reads it: its name, and the graph's
/// interned ID for it once there is one.
///
/// An ID, once the graph has it, never changes, so it is kept for every later read by the same
/// operators (a reused lowered plan is read-only, so it only ever sees committed IDs). A name
/// the graph does not have yet is looked up again at each read, since a write may add it.
///
/// Used by one running query at a time, so its ID is exempt from run-time exclusivity checks.
final class InternedName {
  enum Kind {
    case propertyKey
    case label
  }

  let name: String
  let kind: Kind
  @exclusivity(unchecked) private var id: Int64?

  init(_ name: String, _ kind: Kind) {
    self.name = name
    self.kind = kind
  }

  /// The name's ID in the transaction's graph, nil when the graph has never used it.
  func resolve(in transaction: ReadTransaction) throws -> Int64? {
    if let id { return id }
    switch kind {
    case .propertyKey: id = try transaction.propertyKeyID(name)
    case .label: id = try transaction.labelID(name)
    }
    return id
  }
}
