/// Values for recently used strings, found by where a string's bytes are stored rather than by
/// hashing them: an importer's reader hands out one string for an IRI it has met lately, so a
/// key used again soon after usually comes back as the same string, and a hash of 30–60 bytes
/// costs more than the rest of a look-up. An entry only answers for an equal string, so a slot
/// reused by another string is merely a miss. Strings of 15 bytes or fewer are stored inline,
/// have no storage of their own, and are never remembered.
public struct RecentStrings<Value> {
  // Inlinable, so that each module's use is specialized to its value type.
  @usableFromInline var slots: [(key: String, value: Value, generation: Int)?]
  /// Bumped by `removeAll()`: an entry of an earlier generation answers for nothing.
  @usableFromInline var generation = 0
  @usableFromInline static var slotCount: Int { 4096 }

  @inlinable public init() {
    slots = Array(repeating: nil, count: Self.slotCount)
  }

  /// The value remembered for `key`, if its slot holds it.
  @inlinable public func value(for key: String) -> Value? {
    guard let slot = Self.slot(of: key), let entry = slots[slot],
      entry.generation == generation, entry.key == key
    else { return nil }
    return entry.value
  }

  @inlinable public mutating func remember(_ value: Value, for key: String) {
    guard let slot = Self.slot(of: key) else { return }
    slots[slot] = (key, value, generation)
  }

  /// Forgets every string at once, without writing to the slots.
  @inlinable public mutating func removeAll() { generation += 1 }

  @inlinable static func slot(of key: String) -> Int? {
    guard key.utf8.count > 15 else { return nil }
    return key.utf8.withContiguousStorageIfAvailable {
      (Int(bitPattern: $0.baseAddress) >> 4) & (slotCount - 1)
    }
  }
}

extension RecentStrings: Sendable where Value: Sendable {}
