/// A Bloom filter of 64-bit hashes: whether a hash may have been inserted, with no false
/// negatives and few false positives, in about 1.5 bytes per hash. An import run keeps one of
/// the relationships and one of the node keys it created, to know when the store need not be
/// asked for one.
///
/// It grows as a scalable Bloom filter: when one filter holds as many hashes as it was sized
/// for, a new one eight times as large takes the next ones, and a query asks them all. Growing
/// by eight keeps the filters few (four for a few million hashes), and with them the cache
/// misses of a query, for no more memory than doubling takes.
struct BloomFilter {
  private var filters: [Filter] = [Filter(capacity: 1 << 14)]

  /// Remembers `hash`.
  mutating func insert(_ hash: UInt64) {
    if filters[filters.count - 1].isFull {
      filters.append(Filter(capacity: filters[filters.count - 1].capacity * 8))
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

/// One fixed-size Bloom filter: 12 bits and 6 probes per element, about 0.5% false positives
/// when full.
private struct Filter {
  let capacity: Int
  private var words: [UInt64]
  private var count = 0
  private static let bitsPerElement = 12
  static let probes = 6

  init(capacity: Int) {
    self.capacity = capacity
    words = Array(repeating: 0, count: capacity * Self.bitsPerElement / 64)
  }

  var isFull: Bool { count >= capacity }

  mutating func insert(_ hash: UInt64) {
    count += 1
    var probes = Probes(hash, bits: words.count * 64)
    while let bit = probes.next() { words[bit / 64] |= 1 << (bit % 64) }
  }

  func mayContain(_ hash: UInt64) -> Bool {
    var probes = Probes(hash, bits: words.count * 64)
    while let bit = probes.next() {
      if words[bit / 64] & (1 << (bit % 64)) == 0 { return false }
    }
    return true
  }
}

/// The bits a hash sets in a filter of `bits` bits: `Filter.probes` of them, by double hashing
/// the two halves of the hash. Each 32-bit probe is scaled onto the bits by a multiply and a
/// shift, not a division.
private struct Probes {
  private let bits: UInt64
  private let step: UInt32
  private var probe: UInt32
  private var remaining = Filter.probes

  init(_ hash: UInt64, bits: Int) {
    self.bits = UInt64(bits)
    step = UInt32(truncatingIfNeeded: hash >> 32) | 1
    probe = UInt32(truncatingIfNeeded: hash)
  }

  mutating func next() -> Int? {
    guard remaining > 0 else { return nil }
    remaining -= 1
    defer { probe &+= step }
    return Int((UInt64(probe) &* bits) >> 32)
  }
}
