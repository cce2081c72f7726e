import GraphModel
import SQLiteDB

/// How a property value sits in `property_index_entry`: a kind, then a value SQLite orders.
///
/// Kinds keep Cypher's type families apart (booleans, numbers, strings); within numbers SQLite
/// compares integers and doubles by value, as Cypher does, and strings by their UTF-8 bytes.
/// Nulls, NaN, lists and maps are not indexed.
struct IndexedValue {
  let kind: Int64
  let value: SQLiteValue

  init?(_ value: Value) {
    switch value {
    case .boolean(let flag): (kind, self.value) = (1, .integer(flag ? 1 : 0))
    case .integer(let integer): (kind, self.value) = (2, .integer(integer))
    case .float(let float) where !float.isNaN: (kind, self.value) = (2, .real(float))
    case .string(let string): (kind, self.value) = (3, .text(string))
    default: return nil
    }
  }

  /// Orders two values of one kind as the index does; `nil` across kinds.
  static func compare(_ lhs: IndexedValue, _ rhs: IndexedValue) -> ComparisonResult? {
    guard lhs.kind == rhs.kind else { return nil }
    switch (lhs.value, rhs.value) {
    case (.integer(let a), .integer(let b)): return order(a, b)
    case (.integer(let a), .real(let b)): return compareNumbers(a, b)
    case (.real(let a), .integer(let b)): return compareNumbers(b, a).map(\.reversed)
    case (.real(let a), .real(let b)): return order(a, b)
    case (.text(let a), .text(let b)):
      if a == b { return .same }
      return a.utf8.lexicographicallyPrecedes(b.utf8) ? .ascending : .descending
    default: return nil
    }
  }

  /// Compares an integer with a double exactly, as SQLite does.
  private static func compareNumbers(_ integer: Int64, _ double: Double) -> ComparisonResult? {
    if double >= 9.3e18 { return .ascending }
    if double <= -9.3e18 { return .descending }
    let truncated = double.rounded(.towardZero)
    let whole = Int64(truncated)
    if integer != whole { return order(integer, whole) }
    return order(0, double - truncated)
  }

  private static func order<T: Comparable>(_ a: T, _ b: T) -> ComparisonResult {
    a < b ? .ascending : (a > b ? .descending : .same)
  }
}

/// The result of comparing two values.
enum ComparisonResult {
  case ascending, same, descending

  var reversed: ComparisonResult {
    switch self {
    case .ascending: .descending
    case .same: .same
    case .descending: .ascending
    }
  }
}
