import GraphStore

/// A property key as a compiled expression reads it: its name, and the graph's interned ID for
/// it once there is one.
///
/// An ID, once the graph has it, never changes, so it is kept for every later read by the same
/// operators (a reused lowered plan is read-only, so it only ever sees committed IDs). A key the
/// graph does not have yet is looked up again at each read, since a write may add it.
///
/// Used by one running query at a time, so its ID is exempt from run-time exclusivity checks.
final class PropertyKey {
  let name: String
  @exclusivity(unchecked) private var id: Int64?

  init(_ name: String) { self.name = name }

  /// The key's ID in the transaction's graph, nil when the graph has never used the key.
  func resolve(in transaction: ReadTransaction) throws -> Int64? {
    if let id { return id }
    id = try transaction.propertyKeyID(name)
    return id
  }
}
