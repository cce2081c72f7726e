import GraphModel

/// The strings `elementId` gives: `n:` or `r:`, then the node's or relationship's id.
enum ElementID {
  static func of(_ node: NodeID) -> String { "n:\(node.rawValue)" }

  static func of(_ relationship: RelationshipID) -> String { "r:\(relationship.rawValue)" }

  /// The node `text` names, if it is a node's element id.
  static func node(in text: String) -> NodeID? {
    guard text.hasPrefix("n:"), let id = Int64(text.dropFirst(2)) else { return nil }
    return NodeID(id)
  }
}
