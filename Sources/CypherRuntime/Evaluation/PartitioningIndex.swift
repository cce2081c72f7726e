extension RandomAccessCollection {
  /// The index of the first element for which `belongsInSecondPartition` holds, by binary
  /// search: the collection must be partitioned by it (every element for which it is false
  /// first); `endIndex` when it holds for none.
  func partitioningIndex(where belongsInSecondPartition: (Element) throws -> Bool) rethrows
    -> Index
  {
    var low = startIndex
    var count = self.count
    while count > 0 {
      let half = count / 2
      let middle = index(low, offsetBy: half)
      if try belongsInSecondPartition(self[middle]) {
        count = half
      } else {
        low = index(after: middle)
        count -= half + 1
      }
    }
    return low
  }
}
