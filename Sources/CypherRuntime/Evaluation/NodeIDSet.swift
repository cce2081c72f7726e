import GraphModel

/// Node IDs gathered once and then only looked up: as a bitmap over the range of the IDs when
/// that range is dense enough (a look-up is a shift and a mask, building it needs no sort), else
/// as the distinct IDs in order (a binary search).
struct NodeIDSet {
  private enum Storage {
    /// Bit `i` of the bitmap is the ID `base + i`.
    case bitmap(base: Int64, words: [UInt64])
    case sorted([Int64])
  }

  private let storage: Storage

  /// The set of `ids`, in any order, repeats allowed.
  init(_ ids: [Int64]) {
    guard var low = ids.first else {
      storage = .sorted([])
      return
    }
    var high = low
    for id in ids {
      low = Swift.min(low, id)
      high = Swift.max(high, id)
    }
    let (span, overflow) = high.subtractingReportingOverflow(low)
    // A bitmap at most about four times the size of the sorted IDs.
    guard !overflow, span / 64 < 4 * Int64(ids.count) + 16 else {
      var distinct: [Int64] = []
      distinct.reserveCapacity(ids.count)
      for id in ids.sorted() where id != distinct.last { distinct.append(id) }
      storage = .sorted(distinct)
      return
    }
    var words = [UInt64](repeating: 0, count: Int(span / 64) + 1)
    for id in ids {
      let offset = id &- low
      words[Int(offset >> 6)] |= 1 &<< UInt64(offset & 63)
    }
    storage = .bitmap(base: low, words: words)
  }

  func contains(_ node: NodeID) -> Bool {
    let id = node.rawValue
    switch storage {
    case .bitmap(let base, let words):
      let (offset, overflow) = id.subtractingReportingOverflow(base)
      guard !overflow, offset >= 0, offset >> 6 < Int64(words.count) else { return false }
      return words[Int(offset >> 6)] & (1 &<< UInt64(offset & 63)) != 0
    case .sorted(let ids):
      let position = ids.partitioningIndex { $0 >= id }
      return position < ids.count && ids[position] == id
    }
  }
}
