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
    var pairs = entries.map { (key: $0.key, value: $0.value) }
    PropertyRecord.encode(&pairs, into: &writer)
    return writer.bytes
  }

  /// Refuses a property value a store cannot hold: a node, relationship or path, at any depth.
  /// - Throws: `StoreError.invalidPropertyValue` naming the key.
  static func validate(_ value: Value, key: String) throws(StoreError) {
    switch value {
    case .node, .relationship, .path:
      throw StoreError.invalidPropertyValue(
        key: key, reason: "a node, relationship or path cannot be stored as a property value")
    case .list(let elements):
      for element in elements { try validate(element, key: key) }
    case .map(let entries):
      for element in entries.values { try validate(element, key: key) }
    case .null, .boolean, .integer, .float, .string:
      return
    }
  }

  /// Encodes (key ID, value) pairs as a record without building one; null values are skipped.
  /// The pairs are put in key order and the nulls dropped in place, so that a caller encoding
  /// many records can reuse one array.
  static func encode(_ entries: inout [(key: Int64, value: Value)], into writer: inout ByteWriter) {
    entries.removeAll { $0.value.isNull }
    entries.sort { $0.key < $1.key }
    writer.writeVarint(UInt64(entries.count))
    for index in entries.indices {
      writer.writeVarint(UInt64(entries[index].key))
      ValueCodec.encode(entries[index].value, into: &writer)
    }
  }

  init(decoding bytes: UnsafeRawBufferPointer) throws(StoreError) {
    entries = Dictionary(try Self.entries(in: bytes), uniquingKeysWith: { _, last in last })
  }

  /// Every (key ID, value) pair of an encoded record, in key order.
  static func entries(in bytes: UnsafeRawBufferPointer) throws(StoreError) -> [(
    key: Int64, value: Value
  )] {
    var reader = ByteReader(bytes)
    guard !reader.isAtEnd else { return [] }
    let count = try reader.readCount()
    var entries: [(key: Int64, value: Value)] = []
    entries.reserveCapacity(count)
    for _ in 0..<count {
      let key = Int64(try reader.readVarint())
      entries.append((key, try ValueCodec.decode(from: &reader)))
    }
    return entries
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
