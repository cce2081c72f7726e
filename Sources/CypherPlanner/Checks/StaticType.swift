import CypherSyntax

/// What compile time can know of a value's type: enough to reject, as openCypher does, an
/// operation that could never succeed, such as `123 AND true` or `[1] IN 2`.
indirect enum StaticType: Hashable, Sendable {
  case boolean, integer, float, string, null, map, node, relationship, path
  /// A list, with its element type when all known elements share one.
  case list(StaticType?)

  /// Whether values of this type can be used as a boolean.
  var isBooleanLike: Bool { self == .boolean || self == .null }

  var isNumber: Bool { self == .integer || self == .float }

  var isList: Bool {
    if case .list = self { return true }
    return false
  }

  /// The name in error messages.
  var name: String {
    switch self {
    case .boolean: "Boolean"
    case .integer: "Integer"
    case .float: "Float"
    case .string: "String"
    case .null: "Null"
    case .map: "Map"
    case .node: "Node"
    case .relationship: "Relationship"
    case .path: "Path"
    case .list: "List"
    }
  }

  /// The type a literal has.
  init(_ literal: Literal) {
    switch literal {
    case .null: self = .null
    case .boolean: self = .boolean
    case .integer: self = .integer
    case .float: self = .float
    case .string: self = .string
    }
  }
}

extension Binder {
  /// The static type of `expression` in the current scope, nil when it depends on data.
  func staticType(of expression: Expression) -> StaticType? {
    switch expression.kind {
    case .literal(let literal): return StaticType(literal)
    case .list(let elements):
      let types = Set(elements.map { staticType(of: $0) })
      return .list(types.count == 1 ? types.first ?? nil : nil)
    case .map: return .map
    case .variable(let name):
      switch scope.kind(of: name) {
      case .node?: return .node
      case .relationship?: return .relationship
      case .relationshipList?: return .list(.relationship)
      case .path?: return .path
      case .value?, nil: return scope.valueType(of: name)
      }
    case .comparison, .isNull, .hasLabels, .patternPredicate, .exists, .quantifier:
      return .boolean
    case .unary(.not, _): return .boolean
    case .binary(let op, _, _):
      switch op {
      case .and, .or, .xor, .in, .startsWith, .endsWith, .contains, .regexMatch: return .boolean
      default: return nil
      }
    case .listComprehension, .patternComprehension: return .list(nil)
    case .count: return .integer
    default: return nil
    }
  }

  /// The element type of a list expression, when known.
  func elementType(of expression: Expression) -> StaticType? {
    if case .list(let element)? = staticType(of: expression) { return element }
    return nil
  }
}
