/// Values for recently used strings, found without hashing a string the usual way: an importer's
/// reader hands out one string for an IRI it has met lately, so a key used again soon after
/// usually comes back as the same string, and a hash of 30–60 bytes costs more than the rest of
/// a look-up. A string longer than 15 bytes is found by where its bytes are stored; a shorter one
/// is stored inline (a label, a relationship type, a property key), so it is found by a quick mix
/// of its bytes. An entry only answers for an equal string, so a slot reused by another string is
/// merely a miss.
public struct RecentStrings<Value> {
  // Inlinable, so that each module's use is specialized to its value type.
  @usableFromInline var slots: [(key: String, value: Value, generation: Int)?]
  /// Bumped by `removeAll()`: an entry of an earlier generation answers for nothing.
  @usableFromInline var generation = 0
  /// `slots.count - 1`; the count is a power of two.
  @usableFromInline let slotMask: Int

  /// - Parameter slots: how many strings it can hold at once, rounded up to a power of two.
  @inlinable public init(slots: Int = 4096) {
    var count = 1
    while count < slots { count <<= 1 }
    self.slots = Array(repeating: nil, count: count)
    slotMask = count - 1
  }

  /// The value remembered for `key`, if its slot holds it.
  @inlinable public func value(for key: String) -> Value? {
    guard let slot = slot(of: key), let entry = slots[slot],
      entry.generation == generation, entry.key == key
    else { return nil }
    return entry.value
  }

  @inlinable public mutating func remember(_ value: Value, for key: String) {
    guard let slot = slot(of: key) else { return }
    slots[slot] = (key, value, generation)
  }

  /// Forgets every string at once, without writing to the slots.
  @inlinable public mutating func removeAll() { generation += 1 }

  @inlinable func slot(of key: String) -> Int? {
    key.utf8.withContiguousStorageIfAvailable { bytes in
      guard bytes.count <= 15 else { return (Int(bitPattern: bytes.baseAddress) >> 4) & slotMask }
      var mixed = UInt64(bytes.count)
      for byte in bytes { mixed = (mixed &* 31) &+ UInt64(byte) }
      return Int(truncatingIfNeeded: (mixed &* 0x9E37_79B9_7F4A_7C15) >> 40) & slotMask
    }
  }
}

extension RecentStrings: Sendable where Value: Sendable {}
