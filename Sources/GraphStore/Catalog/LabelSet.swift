/// The labels of one node as interned IDs, kept sorted.
///
/// Stored in the node row as a varint count and varint IDs. `bits` is the bitmap of IDs below
/// 64 that adjacency rows carry for their far node: a label filter on such an ID needs no node
/// read; a filter on a higher ID must read the node's label list.
struct LabelSet: Equatable {
  private(set) var ids: [Int64]

  init<S: Sequence<Int64>>(_ ids: S) { self.ids = Array(Set(ids)).sorted() }

  init(decoding bytes: UnsafeRawBufferPointer) throws(StoreError) {
    var reader = ByteReader(bytes)
    var ids: [Int64] = []
    if !reader.isAtEnd {
      for _ in 0..<(try reader.readCount()) { ids.append(Int64(try reader.readVarint())) }
    }
    self.ids = ids
  }

  func encoded() -> [UInt8] {
    var writer = ByteWriter(capacity: 1 + ids.count)
    writer.writeVarint(UInt64(ids.count))
    for id in ids { writer.writeVarint(UInt64(id)) }
    return writer.bytes
  }

  var bits: Int64 { ids.reduce(0) { $0 | LabelSet.bit(for: $1) } }

  func contains(_ id: Int64) -> Bool { ids.contains(id) }

  mutating func insert(_ id: Int64) -> Bool {
    guard !contains(id) else { return false }
    ids.append(id)
    ids.sort()
    return true
  }

  mutating func remove(_ id: Int64) -> Bool {
    guard let index = ids.firstIndex(of: id) else { return false }
    ids.remove(at: index)
    return true
  }

  /// The bitmap bit for a label ID, or 0 when the ID is too large to have one.
  static func bit(for id: Int64) -> Int64 {
    id >= 0 && id < 64 ? Int64(bitPattern: 1 << UInt64(id)) : 0
  }
}
