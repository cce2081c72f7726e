/// A Bloom filter of 64-bit hashes: whether a hash may have been inserted, with no false
/// negatives and few false positives, in about 1.5 bytes per hash. An import run keeps one of
/// the relationships and one of the node keys it created, to know when the store need not be
/// asked for one.
///
/// It grows as a scalable Bloom filter: when one filter holds as many hashes as it was sized
/// for, a new one twice as large takes the next ones, and a query asks them all.
struct BloomFilter {
  private var filters: [Filter] = [Filter(capacity: 1 << 14)]

  /// Remembers `hash`.
  mutating func insert(_ hash: UInt64) {
    if filters[filters.count - 1].isFull {
      filters.append(Filter(capacity: filters[filters.count - 1].capacity * 2))
    }
    filters[filters.count - 1].insert(hash)
  }

  /// Whether `hash` may have been remembered; `false` means it was not.
  func mayContain(_ hash: UInt64) -> Bool {
    filters.contains { $0.mayContain(hash) }
  }

  /// `hash` with `part` mixed in by SplitMix64's finaliser: a hash of several numbers.
  static func mix(_ hash: UInt64, _ part: Int64) -> UInt64 {
    var mixed = (hash ^ UInt64(bitPattern: part)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 31)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 29)
  }
}

/// One fixed-size Bloom filter, blocked: a hash's 6 bits all fall in one 512-bit block (a cache
/// line) chosen by the hash, so a query reads one cache line instead of six. 12 bits per
/// element; about 0.6% false positives when full.
private struct Filter {
  let capacity: Int
  private var words: [UInt64]
  private var count = 0
  private static let bitsPerElement = 12
  private static let wordsPerBlock = 8
  private static let probes = 6

  init(capacity: Int) {
    self.capacity = capacity
    let blocks = max(1, capacity * Self.bitsPerElement / (64 * Self.wordsPerBlock))
    words = Array(repeating: 0, count: blocks * Self.wordsPerBlock)
  }

  var isFull: Bool { count >= capacity }

  mutating func insert(_ hash: UInt64) {
    count += 1
    let block = firstWord(hash)
    var bits = BloomFilter.mix(hash, 0)
    for _ in 0..<Self.probes {
      words[block + Int((bits & 511) >> 6)] |= 1 << (bits & 63)
      bits >>= 9
    }
  }

  func mayContain(_ hash: UInt64) -> Bool {
    let block = firstWord(hash)
    var bits = BloomFilter.mix(hash, 0)
    for _ in 0..<Self.probes {
      if words[block + Int((bits & 511) >> 6)] & (1 << (bits & 63)) == 0 { return false }
      bits >>= 9
    }
    return true
  }

  /// The first word of the block `hash` falls in, chosen by its high half.
  private func firstWord(_ hash: UInt64) -> Int {
    let blocks = UInt64(words.count / Self.wordsPerBlock)
    return Int(((hash >> 32) &* blocks) >> 32) * Self.wordsPerBlock
  }
}
