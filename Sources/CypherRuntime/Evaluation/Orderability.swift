/// The total order ORDER BY sorts by: across types, map < node < relationship < list < path <
/// string < boolean < number < null; within a type, as comparison does, with NaN above every
/// number and lists element by element in this same order.
enum Orderability {
  static func compare(_ left: RuntimeValue, _ right: RuntimeValue) -> Int {
    // The keys sorted most often, two of one type, compared without the general path's copies.
    switch (left, right) {
    case (.float(let a), .float(let b)) where !a.isNaN && !b.isNaN:
      return a < b ? -1 : (a == b ? 0 : 1)
    case (.integer(let a), .integer(let b)):
      return a < b ? -1 : (a == b ? 0 : 1)
    case (.string(let a), .string(let b)):
      return StringOrder.compare(a, b)
    default:
      break
    }
    let (leftRank, rightRank) = (rank(left), rank(right))
    if leftRank != rightRank { return leftRank < rightRank ? -1 : 1 }
    switch (left, right) {
    case (.float(let a), _) where a.isNaN:
      if case .float(let b) = right, b.isNaN { return 0 }
      return 1
    case (_, .float(let b)) where b.isNaN:
      return -1
    case (.list(let a), .list(let b)):
      for (x, y) in zip(a, b) {
        let order = compare(x, y)
        if order != 0 { return order }
      }
      return a.count < b.count ? -1 : (a.count == b.count ? 0 : 1)
    case (.map(let a), .map(let b)):
      let keys = (a.keys.sorted(), b.keys.sorted())
      let order = compare(.list(keys.0.map { .string($0) }), .list(keys.1.map { .string($0) }))
      if order != 0 { return order }
      return compare(.list(keys.0.map { a[$0] ?? .null }), .list(keys.1.map { b[$0] ?? .null }))
    case (.node(let a), .node(let b)):
      return a.rawValue < b.rawValue ? -1 : (a == b ? 0 : 1)
    case (.relationship(let a), .relationship(let b)):
      return a.id.rawValue < b.id.rawValue ? -1 : (a == b ? 0 : 1)
    case (.path(let a), .path(let b)):
      let order = compare(.list(a.nodes.map { .node($0) }), .list(b.nodes.map { .node($0) }))
      if order != 0 { return order }
      return compare(
        .list(a.relationships.map { .relationship($0) }),
        .list(b.relationships.map { .relationship($0) }))
    default:
      return Comparison.compare(left, right) ?? 0
    }
  }

  private static func rank(_ value: RuntimeValue) -> Int {
    switch value {
    case .map: 0
    case .node: 1
    case .relationship: 2
    case .list: 3
    case .path: 4
    case .string: 5
    case .boolean: 6
    case .integer, .float: 7
    case .null: 8
    }
  }
}
