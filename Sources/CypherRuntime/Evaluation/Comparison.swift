/// openCypher's `<`, `<=`, `>`, `>=`: defined within numbers, strings, booleans and lists;
/// anything else, and anything involving null or NaN, is null.
enum Comparison {
  /// -1, 0 or 1, or `nil` for null.
  static func compare(_ left: RuntimeValue, _ right: RuntimeValue) -> Int? {
    switch (left, right) {
    case (.integer, .integer), (.integer, .float), (.float, .integer), (.float, .float):
      return NumberComparison.compare(left, right)
    case (.string(let a), .string(let b)):
      return StringOrder.compare(a, b)
    case (.boolean(let a), .boolean(let b)):
      return a == b ? 0 : (a ? 1 : -1)
    case (.list(let a), .list(let b)):
      for (x, y) in zip(a, b) {
        guard let order = compare(x, y) else { return nil }
        if order != 0 { return order }
      }
      return a.count < b.count ? -1 : (a.count == b.count ? 0 : 1)
    default:
      return nil
    }
  }
}

/// Strings order by their Unicode code points, as openCypher implementations do.
enum StringOrder {
  /// Compares the strings' UTF-8 bytes, which order as the code points they encode do.
  static func compare(_ a: String, _ b: String) -> Int {
    var (a, b) = (a, b)
    return a.withUTF8 { left in
      b.withUTF8 { right in
        for index in 0..<min(left.count, right.count) where left[index] != right[index] {
          return left[index] < right[index] ? -1 : 1
        }
        return left.count < right.count ? -1 : (left.count == right.count ? 0 : 1)
      }
    }
  }
}
