/// One statement an import makes about the graph, with nodes named by a stable key (an IRI)
/// instead of a store ID.
///
/// An importer turns its input into a stream of facts; the store applies them, creating what is
/// new, updating what changed, and remembering which source said what, so that a later import
/// of the same source can remove what it no longer says.
public enum GraphFact: Hashable, Sendable {
  /// The node keyed `key` exists.
  case node(key: String)
  /// The node keyed `node` has `label`.
  case label(String, node: String)
  /// The node keyed `node` has property `key`, combined with what the same import said before.
  case property(String, Value, node: String, merge: PropertyMerge)
  /// A relationship of `type` from one keyed node to another, with `properties`.
  case relationship(type: String, from: String, to: String, properties: [String: Value])
}

/// How a property fact combines with values the same import gave the same property earlier.
///
/// A value from an earlier import of the source is always replaced; these rules decide among
/// the values of one import.
public enum PropertyMerge: Hashable, Sendable {
  /// The last value wins.
  case replace
  /// Values accumulate: one value stays a scalar, a second turns the property into a list.
  case accumulate
  /// Values are always collected into a list, even a single one.
  case collect
  /// The value of the lowest rank wins; among equal ranks, the first.
  case prefer(rank: Int)
}
