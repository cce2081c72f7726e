import GraphModel

/// A condition on one property, answerable from a (label, key) index.
///
/// Values compare within their type family only: numbers with numbers (integers and floats by
/// value), strings with strings (by code point), booleans with booleans (`false` first). A
/// condition on a value of another family, null, a list or a map matches nothing.
public enum PropertyPredicate: Hashable, Sendable {
  /// The property equals the value.
  case equal(Value)
  /// The property lies between the bounds; a missing bound leaves that side open.
  case range(lower: RangeBound?, upper: RangeBound?)

  /// Whether a stored property value satisfies the predicate.
  func matches(_ value: Value) -> Bool {
    guard let stored = IndexedValue(value) else { return false }
    switch self {
    case .equal(let wanted):
      guard let wanted = IndexedValue(wanted) else { return false }
      return IndexedValue.compare(stored, wanted) == .same
    case .range(let lower, let upper):
      guard lower != nil || upper != nil else { return false }
      if let lower {
        guard let bound = IndexedValue(lower.value), let order = IndexedValue.compare(stored, bound)
        else { return false }
        if order == .ascending || (order == .same && !lower.isInclusive) { return false }
      }
      if let upper {
        guard let bound = IndexedValue(upper.value), let order = IndexedValue.compare(stored, bound)
        else { return false }
        if order == .descending || (order == .same && !upper.isInclusive) { return false }
      }
      return true
    }
  }
}

/// One end of a `PropertyPredicate.range`.
public struct RangeBound: Hashable, Sendable {
  public let value: Value
  public let isInclusive: Bool

  public init(_ value: Value, isInclusive: Bool) {
    self.value = value
    self.isInclusive = isInclusive
  }
}
