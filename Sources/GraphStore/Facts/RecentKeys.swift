import GraphModel

/// The nodes of recently used keys, found by where a key's bytes are stored rather than by
/// hashing them: the importer's reader hands out one string for an IRI it has met lately, so a
/// key used again soon after usually comes back as the same string. An entry only answers for
/// an equal key, so a slot reused by another string is merely a miss.
struct RecentKeys {
  private var slots: [(key: String, node: NodeID)?]
  private static let slotCount = 4096

  init() {
    slots = Array(repeating: nil, count: Self.slotCount)
  }

  /// The node remembered for `key`, if its slot holds it.
  func node(for key: String) -> NodeID? {
    guard let slot = Self.slot(of: key), let entry = slots[slot], entry.key == key else {
      return nil
    }
    return entry.node
  }

  mutating func remember(_ node: NodeID, for key: String) {
    guard let slot = Self.slot(of: key) else { return }
    slots[slot] = (key, node)
  }

  /// The slot of a key's storage; `nil` for a string stored inline (15 bytes or fewer), which
  /// has no storage of its own.
  private static func slot(of key: String) -> Int? {
    guard key.utf8.count > 15 else { return nil }
    return key.utf8.withContiguousStorageIfAvailable {
      (Int(bitPattern: $0.baseAddress) >> 4) & (slotCount - 1)
    }
  }
}
