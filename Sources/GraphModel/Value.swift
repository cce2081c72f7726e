// GraphModel: plain value types shared by every layer of kg — property values, node and
// relationship identities, and the records the store hands out. It depends on nothing but the
// standard library, so the query engine, the importer and the shells can all speak it.

/// A value as openCypher types it: what properties hold, and what queries return.
///
/// Values nest: a list holds values, a map maps strings to values. Nodes, relationships and
/// paths are values a query can return but a property cannot hold. Equality here is structural
/// (two `NaN` doubles are equal, `1` and `1.0` are not); Cypher's own comparison rules belong to
/// the query engine.
public enum Value: Hashable, Sendable {
  case null
  case boolean(Bool)
  /// A 64-bit signed integer.
  case integer(Int64)
  /// A 64-bit IEEE 754 double.
  case float(Double)
  case string(String)
  case list([Value])
  case map([String: Value])
  // Entities and paths are boxed: inline, a relationship would make every value seven words
  // wide, and property values — read far more often — would be copied at that width.
  indirect case node(Node)
  indirect case relationship(Relationship)
  indirect case path(Path)

  /// Whether the value is `null`.
  public var isNull: Bool {
    if case .null = self { return true }
    return false
  }

  /// The string, when the value is one.
  public var stringValue: String? {
    if case .string(let string) = self { return string }
    return nil
  }

  /// The integer, when the value is one.
  public var integerValue: Int64? {
    if case .integer(let integer) = self { return integer }
    return nil
  }

  /// The number as a Double, whether integer or float.
  public var numberValue: Double? {
    switch self {
    case .integer(let integer): Double(integer)
    case .float(let float): float
    default: nil
    }
  }

  /// The elements of a list, or nil.
  public var listValue: [Value]? {
    if case .list(let list) = self { return list }
    return nil
  }

  /// The entries of a map, or nil.
  public var mapValue: [String: Value]? {
    if case .map(let map) = self { return map }
    return nil
  }
}

extension Value: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
  ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
  ExpressibleByDictionaryLiteral
{
  public init(nilLiteral: ()) { self = .null }
  public init(booleanLiteral value: Bool) { self = .boolean(value) }
  public init(integerLiteral value: Int64) { self = .integer(value) }
  public init(floatLiteral value: Double) { self = .float(value) }
  public init(stringLiteral value: String) { self = .string(value) }
  public init(arrayLiteral elements: Value...) { self = .list(elements) }
  public init(dictionaryLiteral elements: (String, Value)...) {
    self = .map(Dictionary(elements, uniquingKeysWith: { _, last in last }))
  }
}
