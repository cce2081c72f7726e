/// A name as written in a query: a variable, label, relationship type or property key.
public struct Identifier: Hashable, Sendable {
  public var name: String
  public var span: SourceSpan

  public init(name: String, span: SourceSpan) {
    self.name = name
    self.span = span
  }
}

/// Comma-separated pattern parts.
public struct Pattern: Hashable, Sendable {
  public var parts: [PatternPart]

  public init(parts: [PatternPart]) {
    self.parts = parts
  }
}

/// `[path =] element`.
public struct PatternPart: Hashable, Sendable {
  public var pathVariable: Identifier?
  public var element: PatternElement

  public init(pathVariable: Identifier?, element: PatternElement) {
    self.pathVariable = pathVariable
    self.element = element
  }
}

/// A node, then any number of (relationship, node) steps.
public struct PatternElement: Hashable, Sendable {
  public var start: NodePattern
  public var steps: [PatternStep]
  public var span: SourceSpan
}

/// One step of a pattern element.
public struct PatternStep: Hashable, Sendable {
  public var relationship: RelationshipPattern
  public var node: NodePattern
}

/// `(variable :Label… {properties})`.
public struct NodePattern: Hashable, Sendable {
  public var variable: Identifier?
  /// Labels as a conjunction of alternatives: `:A:B` is `[[A], [B]]`, `:A|B` is `[[A, B]]`.
  public var labels: [[Identifier]]
  /// A map literal or a parameter.
  public var properties: Expression?
  public var span: SourceSpan
}

/// `-[variable :TYPE|… *min..max {properties}]->` in any direction.
public struct RelationshipPattern: Hashable, Sendable {
  /// Which way the arrow points, seen from the node before it.
  public enum Direction: Hashable, Sendable {
    case outgoing, incoming, either
  }

  public var variable: Identifier?
  /// Alternative types; empty for any type.
  public var types: [Identifier]
  public var direction: Direction
  /// Present for a variable-length relationship: `*` has neither bound.
  public var length: LengthRange?
  public var properties: Expression?
  public var span: SourceSpan
}

/// The bounds of a variable-length relationship: `*` (none), `*2` (exactly), `*1..3`, `*..5`, `*2..`.
public struct LengthRange: Hashable, Sendable {
  public var minimum: Int64?
  public var maximum: Int64?
}
