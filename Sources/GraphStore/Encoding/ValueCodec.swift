import GraphModel

/// kg's compact binary encoding of property values.
///
/// Each value is a one-byte tag followed by its payload:
///
/// | tag | type    | payload |
/// |-----|---------|---------|
/// | 0   | null    | — |
/// | 1   | false   | — |
/// | 2   | true    | — |
/// | 3   | integer | zigzag varint |
/// | 4   | float   | 8 bytes, little-endian IEEE 754 |
/// | 5   | string  | varint byte count, UTF-8 |
/// | 6   | list    | varint count, then each value |
/// | 7   | map     | varint count, then (string key, value) pairs sorted by key |
///
/// Any other tag is corruption and decodes to `StoreError.corruptValue`. Nodes, relationships
/// and paths are not property values; `PropertyRecord.validate` refuses them before encoding.
enum ValueCodec {
  enum Tag: UInt8 {
    case null = 0
    case falseValue
    case trueValue
    case integer
    case float
    case string
    case list
    case map
  }

  static func encode(_ value: Value, into writer: inout ByteWriter) {
    switch value {
    case .null:
      writer.write(Tag.null.rawValue)
    case .boolean(let flag):
      writer.write(flag ? Tag.trueValue.rawValue : Tag.falseValue.rawValue)
    case .integer(let integer):
      writer.write(Tag.integer.rawValue)
      writer.writeSignedVarint(integer)
    case .float(let float):
      writer.write(Tag.float.rawValue)
      writer.writeFixed64(float.bitPattern)
    case .string(let string):
      writer.write(Tag.string.rawValue)
      writer.writeString(string)
    case .list(let elements):
      writer.write(Tag.list.rawValue)
      writer.writeVarint(UInt64(elements.count))
      for element in elements { encode(element, into: &writer) }
    case .map(let entries):
      writer.write(Tag.map.rawValue)
      writer.writeVarint(UInt64(entries.count))
      for (key, element) in entries.sorted(by: {
        $0.key.utf8.lexicographicallyPrecedes($1.key.utf8)
      }) {
        writer.writeString(key)
        encode(element, into: &writer)
      }
    case .node, .relationship, .path:
      preconditionFailure("graph entities are refused by PropertyRecord.validate before encoding")
    }
  }

  static func decode(from reader: inout ByteReader) throws(StoreError) -> Value {
    let tagByte = try reader.readByte()
    guard let tag = Tag(rawValue: tagByte) else {
      throw StoreError.corruptValue(
        "unknown value type tag \(tagByte) at byte \(reader.offset - 1)")
    }
    switch tag {
    case .null: return .null
    case .falseValue: return .boolean(false)
    case .trueValue: return .boolean(true)
    case .integer: return .integer(try reader.readSignedVarint())
    case .float: return .float(Double(bitPattern: try reader.readFixed64()))
    case .string: return .string(try reader.readString())
    case .list:
      let count = try reader.readCount()
      var elements: [Value] = []
      elements.reserveCapacity(count)
      for _ in 0..<count { elements.append(try decode(from: &reader)) }
      return .list(elements)
    case .map:
      let count = try reader.readCount()
      var entries: [String: Value] = Dictionary(minimumCapacity: count)
      for _ in 0..<count {
        let key = try reader.readString()
        entries[key] = try decode(from: &reader)
      }
      return .map(entries)
    }
  }

  /// Moves past one encoded value without building it.
  static func skip(in reader: inout ByteReader) throws(StoreError) {
    let tagByte = try reader.readByte()
    guard let tag = Tag(rawValue: tagByte) else {
      throw StoreError.corruptValue(
        "unknown value type tag \(tagByte) at byte \(reader.offset - 1)")
    }
    switch tag {
    case .null, .falseValue, .trueValue: return
    case .integer: _ = try reader.readVarint()
    case .float: try reader.skip(8)
    case .string: try reader.skip(try reader.readCount())
    case .list:
      for _ in 0..<(try reader.readCount()) { try skip(in: &reader) }
    case .map:
      for _ in 0..<(try reader.readCount()) {
        try reader.skip(try reader.readCount())
        try skip(in: &reader)
      }
    }
  }
}
