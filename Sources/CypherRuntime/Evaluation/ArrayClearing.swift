extension Array {
  /// Removes every element and keeps the storage. The few values a row's buffers usually hold
  /// are removed one at a time from the end, a fraction of what `removeAll(keepingCapacity:
  /// true)` costs (a generic replacement of the whole range), which takes the longer lists.
  @inline(__always)
  mutating func clear() {
    guard count <= 8 else { return removeAll(keepingCapacity: true) }
    while !isEmpty { removeLast() }
  }
}
