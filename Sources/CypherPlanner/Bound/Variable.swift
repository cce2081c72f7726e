import CypherSyntax

/// What a variable holds, as far as compile time can tell.
public enum VariableKind: String, Hashable, Sendable {
  case node
  case relationship
  /// A variable-length relationship's variable: a list of relationships.
  case relationshipList = "relationship list"
  case path
  /// Anything else: a value projected by WITH, UNWIND's element, a comprehension's element.
  case value
}

/// The variables visible at one point of a query, by name.
public struct Scope: Hashable, Sendable {
  public private(set) var variables: [String: VariableKind] = [:]
  /// The static types of `.value` variables whose type compile time knows.
  private var valueTypes: [String: StaticType] = [:]

  public init(_ variables: [String: VariableKind] = [:]) { self.variables = variables }

  public func kind(of name: String) -> VariableKind? { variables[name] }

  func valueType(of name: String) -> StaticType? { valueTypes[name] }

  public mutating func bind(_ name: String, as kind: VariableKind) {
    variables[name] = kind
    valueTypes[name] = nil
  }

  /// Binds a `.value` variable whose type may be known.
  mutating func bindValue(_ name: String, type: StaticType?) {
    variables[name] = .value
    valueTypes[name] = type
  }

  /// This scope with `other`'s variables added, `other` winning where both name one.
  func overlaid(by other: Scope) -> Scope {
    var scope = self
    for (name, kind) in other.variables {
      scope.variables[name] = kind
      scope.valueTypes[name] = other.valueTypes[name]
    }
    return scope
  }
}

/// A statement that passed semantic analysis, with what the planner needs from it.
public struct BoundQuery: Hashable, Sendable {
  public let statement: Statement
  /// The result's column names, in order; empty when the query returns nothing.
  public let columns: [String]
}
