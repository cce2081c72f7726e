import GraphModel

/// An edit of one node: properties to set (a null removes one, as in a JSON merge patch) and
/// labels to add and to remove.
public struct NodeChange: Sendable, Equatable {
  public var properties: [String: Value]
  public var addLabels: [String]
  public var removeLabels: [String]

  public init(
    properties: [String: Value] = [:], addLabels: [String] = [], removeLabels: [String] = []
  ) {
    self.properties = properties
    self.addLabels = addLabels
    self.removeLabels = removeLabels
  }
}
