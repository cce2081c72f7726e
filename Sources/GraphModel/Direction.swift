/// Which way to follow relationships from a node.
public enum Direction: Sendable {
  /// Relationships that start at the node: `(n)-[]->()`.
  case outgoing
  /// Relationships that end at the node: `(n)<-[]-()`.
  case incoming
  /// Both: `(n)-[]-()`.
  case both
}
