/// A Bloom filter of 64-bit hashes: whether a hash may have been inserted, with no false
/// negatives and few false positives, in 1.5 bytes per hash. An import run keeps one of
/// the relationships and one of the node keys it created, to know when the store need not be
/// asked for one.
///
/// It grows as a scalable Bloom filter: when one filter holds as many hashes as it was sized
/// for, a new one eight times as large takes the next ones, and a query asks them all. Growing
/// by eight keeps the filters few (four for a few million hashes), and with them the cache
/// misses of a query, for no more memory than doubling takes.
final class BloomFilter {
  private var filters: [Filter] = [Filter(capacity: 1 << 14)]

  /// Remembers `hash`.
  func insert(_ hash: UInt64) {
    var newest = filters[filters.count - 1]
    if newest.isFull {
      newest = Filter(capacity: newest.capacity * 8)
      filters.append(newest)
    }
    newest.insert(hash)
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

/// One fixed-size blocked Bloom filter: a hash sets 6 of the 512 bits of one block, a cache
/// line, so an insert or a query touches one line of memory however large the filter; about
/// 0.7% false positives when full, at 12 bits per element.
private final class Filter {
  let capacity: Int
  private let blockCount: UInt64
  private let words: UnsafeMutablePointer<UInt64>
  private var count = 0
  private static let bitsPerElement = 12
  private static let probes = 6
  private static let wordsPerBlock = 8
  private static let blockBytes = wordsPerBlock * MemoryLayout<UInt64>.stride

  init(capacity: Int) {
    self.capacity = capacity
    let blocks = max(1, capacity * Self.bitsPerElement / (Self.wordsPerBlock * 64))
    blockCount = UInt64(blocks)
    let raw = UnsafeMutableRawPointer.allocate(
      byteCount: blocks * Self.blockBytes, alignment: Self.blockBytes)
    raw.initializeMemory(as: UInt8.self, repeating: 0, count: blocks * Self.blockBytes)
    words = raw.bindMemory(to: UInt64.self, capacity: blocks * Self.wordsPerBlock)
  }

  deinit { words.deallocate() }

  var isFull: Bool { count >= capacity }

  func insert(_ hash: UInt64) {
    count += 1
    let block = self.block(of: hash)
    var probes = hash &* 0x9E37_79B9_7F4A_7C15
    for _ in 0..<Self.probes {
      let bit = Int(probes >> 55)
      block[bit / 64] |= 1 << (bit % 64)
      probes <<= 9
    }
  }

  func mayContain(_ hash: UInt64) -> Bool {
    let block = self.block(of: hash)
    var probes = hash &* 0x9E37_79B9_7F4A_7C15
    for _ in 0..<Self.probes {
      let bit = Int(probes >> 55)
      if block[bit / 64] & (1 << (bit % 64)) == 0 { return false }
      probes <<= 9
    }
    return true
  }

  /// The block `hash` falls in, chosen by its high half scaled onto the blocks by a multiply and
  /// a shift, not a division. Its bits are chosen by the top bits of the hash times an odd
  /// constant, nine bits each, which depend on the whole hash.
  private func block(of hash: UInt64) -> UnsafeMutablePointer<UInt64> {
    words + Int(((hash >> 32) &* blockCount) >> 32) * Self.wordsPerBlock
  }
}
