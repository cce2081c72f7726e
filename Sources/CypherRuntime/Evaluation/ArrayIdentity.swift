extension Array {
  /// Whether this array and `other` are one list, not two equal ones: the same storage (and
  /// count). Compares no elements.
  func isSameStorage(as other: [Element]) -> Bool {
    count == other.count
      && withUnsafeBufferPointer { mine in
        other.withUnsafeBufferPointer { mine.baseAddress == $0.baseAddress }
      }
  }
}
