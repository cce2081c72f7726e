/// A node as read from the graph: its identity, labels and properties.
public struct Node: Hashable, Sendable {
  public let id: NodeID
  /// The node's labels, sorted by name.
  public var labels: [String]
  /// The node's properties; a key whose value would be `null` is absent.
  public var properties: [String: Value]

  public init(id: NodeID, labels: [String], properties: [String: Value]) {
    self.id = id
    self.labels = labels
    self.properties = properties
  }
}
