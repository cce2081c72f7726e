/// Appends the primitives of kg's binary value encoding to a byte array.
struct ByteWriter {
  private(set) var bytes: [UInt8] = []

  init(capacity: Int = 64) { bytes.reserveCapacity(capacity) }

  mutating func write(_ byte: UInt8) { bytes.append(byte) }

  /// Empties the buffer, keeping its memory for the next value.
  mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

  /// An unsigned LEB128 varint: 7 bits a byte, low bits first.
  mutating func writeVarint(_ value: UInt64) {
    var rest = value
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  /// A signed integer zigzag-mapped to a varint, so small negatives stay short.
  mutating func writeSignedVarint(_ value: Int64) {
    writeVarint(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
  }

  /// Eight bytes, little-endian.
  mutating func writeFixed64(_ value: UInt64) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  /// A varint length followed by the UTF-8 bytes.
  mutating func writeString(_ string: String) {
    var string = string
    string.withUTF8 { utf8 in
      writeVarint(UInt64(utf8.count))
      bytes.append(contentsOf: utf8)
    }
  }
}
