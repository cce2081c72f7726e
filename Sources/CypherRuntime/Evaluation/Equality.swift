/// openCypher's `=`: `nil` stands for null, the answer whenever nulls make it unknowable.
///
/// Numbers compare by value across integer and float; values of different types are unequal;
/// lists and maps compare element by element, a definite difference winning over a null.
enum Equality {
  static func equals(_ left: RuntimeValue, _ right: RuntimeValue) -> Bool? {
    switch (left, right) {
    case (.null, _), (_, .null): return nil
    case (.boolean(let a), .boolean(let b)): return a == b
    case (.string(let a), .string(let b)): return a == b
    case (.integer, .integer), (.integer, .float), (.float, .integer), (.float, .float):
      return NumberComparison.compare(left, right).map { $0 == 0 } ?? false
    case (.list(let a), .list(let b)):
      guard a.count == b.count else { return false }
      return all(zip(a, b).lazy.map { equals($0, $1) })
    case (.map(let a), .map(let b)):
      guard Set(a.keys) == Set(b.keys) else { return false }
      return all(a.lazy.map { key, value in equals(value, b[key] ?? .null) })
    case (.node(let a), .node(let b)): return a == b
    case (.relationship(let a), .relationship(let b)): return a == b
    case (.path(let a), .path(let b)): return a == b
    default: return false
    }
  }

  /// Three-valued conjunction of element comparisons: false if any is, else null if any is.
  private static func all(_ results: some Sequence<Bool?>) -> Bool? {
    var sawNull = false
    for result in results {
      guard let result else {
        sawNull = true
        continue
      }
      if !result { return false }
    }
    return sawNull ? nil : true
  }
}

/// Comparison of two numbers, exact across integer and float.
enum NumberComparison {
  /// -1, 0 or 1; `nil` when either is NaN or either is not a number.
  static func compare(_ left: RuntimeValue, _ right: RuntimeValue) -> Int? {
    switch (left, right) {
    case (.integer(let a), .integer(let b)): return a < b ? -1 : (a == b ? 0 : 1)
    case (.float(let a), .float(let b)): return compare(a, b)
    case (.integer(let a), .float(let b)): return compare(a, b)
    case (.float(let a), .integer(let b)): return compare(b, a).map { -$0 }
    default: return nil
    }
  }

  private static func compare(_ a: Double, _ b: Double) -> Int? {
    if a.isNaN || b.isNaN { return nil }
    return a < b ? -1 : (a == b ? 0 : 1)
  }

  /// An integer against a float without losing precision for large integers.
  private static func compare(_ a: Int64, _ b: Double) -> Int? {
    if b.isNaN { return nil }
    if b >= 9_223_372_036_854_775_808.0 { return -1 }
    if b < -9_223_372_036_854_775_808.0 { return 1 }
    let truncated = Int64(b.rounded(.down))
    if a != truncated { return a < truncated ? -1 : 1 }
    return Double(truncated) == b ? 0 : -1
  }
}
