import GraphModel

/// The properties of one node or relationship, keyed by interned property-key IDs.
///
/// Stored as a varint entry count, then (varint key ID, value) pairs in ascending key-ID order.
/// A `null` value is never stored: setting a property to null removes it, as in Cypher.
struct PropertyRecord: Equatable {
  private(set) var entries: [Int64: Value]

  init(_ entries: [Int64: Value] = [:]) {
    self.entries = entries.filter { !$0.value.isNull }
  }

  subscript(key: Int64) -> Value? {
    get { entries[key] }
    set { entries[key] = newValue?.isNull == false ? newValue : nil }
  }

  var isEmpty: Bool { entries.isEmpty }

  func encoded() -> [UInt8] {
    var writer = ByteWriter()
    writer.writeVarint(UInt64(entries.count))
    for key in entries.keys.sorted() {
      writer.writeVarint(UInt64(key))
      ValueCodec.encode(entries[key] ?? .null, into: &writer)
    }
    return writer.bytes
  }

  init(decoding bytes: UnsafeRawBufferPointer) throws(StoreError) {
    var reader = ByteReader(bytes)
    var entries: [Int64: Value] = [:]
    if !reader.isAtEnd {
      let count = try reader.readCount()
      entries.reserveCapacity(count)
      for _ in 0..<count {
        let key = Int64(try reader.readVarint())
        entries[key] = try ValueCodec.decode(from: &reader)
      }
    }
    self.entries = entries
  }

  /// Decodes only the value stored under `key`, skipping the others.
  static func value(forKey key: Int64, in bytes: UnsafeRawBufferPointer) throws(StoreError)
    -> Value?
  {
    var reader = ByteReader(bytes)
    guard !reader.isAtEnd else { return nil }
    for _ in 0..<(try reader.readCount()) {
      let entryKey = Int64(try reader.readVarint())
      if entryKey == key { return try ValueCodec.decode(from: &reader) }
      // Keys are sorted, so once past `key` it is not there.
      if entryKey > key { return nil }
      try ValueCodec.skip(in: &reader)
    }
    return nil
  }
}
