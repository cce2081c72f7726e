import GraphModel

extension PropertyMerge {
  /// The value a property takes when a run states `value` for it.
  ///
  /// - Parameters:
  ///   - earlierRank: the rank the run stated it with before (0 for unranked facts); `nil` when
  ///     this is the run's first statement of it.
  ///   - current: the property's value now, read only for a repeated statement.
  /// - Returns: `nil` when the earlier statement wins and the value stays.
  func stated(_ value: Value, earlierRank: Int64?, current: () throws -> Value) rethrows -> Value? {
    guard let earlierRank else {
      return if case .collect = self { .list([value]) } else { value }
    }
    switch self {
    case .replace:
      return value
    case .accumulate, .collect:
      let current = try current()
      if case .list(let values) = current { return .list(values + [value]) }
      return current.isNull ? .list([value]) : .list([current, value])
    case .prefer(let rank):
      return Int64(rank) < earlierRank ? value : nil
    }
  }

  /// The rank a fact of this merge is recorded with: its own for `prefer`, else 0.
  var rank: Int64? {
    if case .prefer(let rank) = self { Int64(rank) } else { nil }
  }
}
