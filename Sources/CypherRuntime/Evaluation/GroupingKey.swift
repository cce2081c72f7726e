/// A value as DISTINCT and grouping see it: equal values are the same key, and so are two nulls,
/// two NaNs, and an integer and a float of the same value.
struct GroupingKey: Hashable {
  let value: RuntimeValue

  static func == (left: GroupingKey, right: GroupingKey) -> Bool {
    equivalent(left.value, right.value)
  }

  func hash(into hasher: inout Hasher) { Self.hash(value, into: &hasher) }

  private static func equivalent(_ left: RuntimeValue, _ right: RuntimeValue) -> Bool {
    switch (left, right) {
    case (.null, .null): return true
    case (.float(let a), .float(let b)) where a.isNaN && b.isNaN: return true
    case (.list(let a), .list(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { equivalent($0, $1) }
    case (.map(let a), .map(let b)):
      return Set(a.keys) == Set(b.keys)
        && a.allSatisfy { key, value in b[key].map { equivalent(value, $0) } ?? false }
    default:
      return Equality.equals(left, right) == true
    }
  }

  private static func hash(_ value: RuntimeValue, into hasher: inout Hasher) {
    switch value {
    case .null: hasher.combine(0)
    case .boolean(let flag): hasher.combine(flag)
    case .integer(let integer): hasher.combine(numberHash(Double(integer)))
    case .float(let float): hasher.combine(numberHash(float))
    case .string(let string): hasher.combine(string)
    case .list(let elements):
      hasher.combine(elements.count)
      for element in elements { hash(element, into: &hasher) }
    case .map(let entries):
      for key in entries.keys.sorted() {
        hasher.combine(key)
        if let entry = entries[key] { hash(entry, into: &hasher) }
      }
    case .node(let id): hasher.combine(id)
    case .relationship(let relationship): hasher.combine(relationship)
    case .path(let path): hasher.combine(path)
    }
  }

  /// One hash for every number of the same value, integer or float, and one for all NaNs.
  private static func numberHash(_ number: Double) -> UInt64 {
    if number.isNaN { return 0x7FF8_0000_0000_0000 }
    return number == 0 ? 0 : number.bitPattern
  }
}
