/// Reads the primitives of kg's binary value encoding from borrowed bytes, checking bounds.
struct ByteReader {
  private let bytes: UnsafeRawBufferPointer
  private(set) var offset = 0

  init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

  var isAtEnd: Bool { offset >= bytes.count }

  mutating func readByte() throws(StoreError) -> UInt8 {
    guard offset < bytes.count else {
      throw StoreError.corruptValue("record ends early at byte \(offset)")
    }
    defer { offset += 1 }
    return bytes[offset]
  }

  mutating func readVarint() throws(StoreError) -> UInt64 {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      let byte = try readByte()
      guard shift < 64 else {
        throw StoreError.corruptValue("varint longer than 64 bits at byte \(offset)")
      }
      value |= UInt64(byte & 0x7F) << shift
      if byte & 0x80 == 0 { return value }
      shift += 7
    }
  }

  mutating func readSignedVarint() throws(StoreError) -> Int64 {
    let raw = try readVarint()
    return Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1)
  }

  mutating func readFixed64() throws(StoreError) -> UInt64 {
    let span = try take(8)
    return UInt64(littleEndian: span.loadUnaligned(as: UInt64.self))
  }

  /// A varint-sized count that must fit in the bytes left (each element takes at least one).
  mutating func readCount() throws(StoreError) -> Int {
    let count = try readVarint()
    guard count <= UInt64(bytes.count - offset) else {
      throw StoreError.corruptValue("count \(count) exceeds the \(bytes.count - offset) bytes left")
    }
    return Int(count)
  }

  mutating func readString() throws(StoreError) -> String {
    let span = try take(try readCount())
    return String(decoding: span, as: UTF8.self)
  }

  /// Moves past `count` bytes.
  mutating func skip(_ count: Int) throws(StoreError) { _ = try take(count) }

  private mutating func take(_ count: Int) throws(StoreError) -> UnsafeRawBufferPointer {
    guard count <= bytes.count - offset else {
      throw StoreError.corruptValue("record ends early: \(count) bytes wanted at byte \(offset)")
    }
    defer { offset += count }
    return UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count])
  }
}
