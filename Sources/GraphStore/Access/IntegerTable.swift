/// A hash map from `Int64` keys to values: open addressing, linear probing, a multiplicative
/// (Fibonacci) hash. The snapshot cache looks a node up on every expansion and property read,
/// where Swift's seeded SipHash would cost more than the rest of the look-up. Keys are only
/// added, or all removed at once.
struct IntegerTable<Value> {
  private var keys: [Int64]
  private var values: [Value?]
  /// 64 minus the table's power of two: the top bits of the product pick the slot.
  private var shift: UInt64
  private(set) var count = 0

  init() {
    keys = Array(repeating: 0, count: 16)
    values = Array(repeating: nil, count: 16)
    shift = 64 - 4
  }

  subscript(key: Int64) -> Value? {
    get {
      var slot = home(of: key)
      while let value = values[slot] {
        if keys[slot] == key { return value }
        slot = (slot + 1) & (keys.count - 1)
      }
      return nil
    }
    set {
      guard let newValue else { return }
      insert(newValue, for: key)
    }
  }

  mutating func removeAll() { self = IntegerTable() }

  private mutating func insert(_ value: Value, for key: Int64) {
    var slot = home(of: key)
    while values[slot] != nil {
      if keys[slot] == key {
        values[slot] = value
        return
      }
      slot = (slot + 1) & (keys.count - 1)
    }
    keys[slot] = key
    values[slot] = value
    count += 1
    // Kept at most half full, so probes stay short.
    if count * 2 > keys.count { grow() }
  }

  private mutating func grow() {
    let old = zip(keys, values)
    keys = Array(repeating: 0, count: keys.count * 2)
    values = Array(repeating: nil, count: keys.count)
    shift -= 1
    count = 0
    for case (let key, let value?) in old { insert(value, for: key) }
  }

  private func home(of key: Int64) -> Int {
    Int(truncatingIfNeeded: (UInt64(bitPattern: key) &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }
}
