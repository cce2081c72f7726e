/// The stable identity of a node: a 64-bit integer that is never reused while the node exists.
public struct NodeID: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
  public let rawValue: Int64
  public init(rawValue: Int64) { self.rawValue = rawValue }
  public init(_ rawValue: Int64) { self.rawValue = rawValue }
  public static func < (lhs: NodeID, rhs: NodeID) -> Bool { lhs.rawValue < rhs.rawValue }
  public var description: String { "node \(rawValue)" }
}

/// The stable identity of a relationship: a 64-bit integer that is never reused while it exists.
public struct RelationshipID: RawRepresentable, Hashable, Comparable, Sendable,
  CustomStringConvertible
{
  public let rawValue: Int64
  public init(rawValue: Int64) { self.rawValue = rawValue }
  public init(_ rawValue: Int64) { self.rawValue = rawValue }
  public static func < (lhs: RelationshipID, rhs: RelationshipID) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
  public var description: String { "relationship \(rawValue)" }
}
