/// What the planner asks of the graph to choose between plans: sizes and indexes.
///
/// The engine implements it over the store's statistics; tests over a fixed table.
public protocol GraphCatalog {
  /// The number of nodes with `label`, or of all nodes when `label` is nil.
  func nodeCount(label: String?) -> Int
  /// The number of relationships of `type`, or of all relationships when `type` is nil.
  func relationshipCount(type: String?) -> Int
  /// Whether a property index on (`label`, `key`) exists.
  func hasPropertyIndex(label: String, key: String) -> Bool
}
