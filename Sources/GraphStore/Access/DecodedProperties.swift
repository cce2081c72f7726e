import GraphModel

/// A property record decoded for reading: (key ID, value) pairs in key order. Entities have a
/// handful of properties, so a look-up scans them rather than hashing.
struct DecodedProperties {
  let entries: [(key: Int64, value: Value)]

  init(decoding bytes: UnsafeRawBufferPointer) throws(StoreError) {
    entries = try PropertyRecord.entries(in: bytes)
  }

  subscript(key: Int64) -> Value? {
    for entry in entries {
      if entry.key == key { return entry.value }
      if entry.key > key { return nil }
    }
    return nil
  }
}
