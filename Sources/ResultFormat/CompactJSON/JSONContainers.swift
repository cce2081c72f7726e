/// An object's container: each member's key, then its value, straight into the writer.
struct KeyedJSONContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let writer: JSONValueWriter
  /// The serial of the object's frame in `writer`.
  let serial: Int
  var codingPath: [any CodingKey] { [] }

  private func start(_ key: Key) throws { try writer.startMember(key.stringValue, of: serial) }

  mutating func encodeNil(forKey key: Key) throws {
    try start(key)
    writer.writeNull()
  }
  mutating func encode(_ value: Bool, forKey key: Key) throws {
    try start(key)
    writer.writeBool(value)
  }
  mutating func encode(_ value: String, forKey key: Key) throws {
    try start(key)
    writer.writeString(value)
  }
  mutating func encode(_ value: Double, forKey key: Key) throws {
    try start(key)
    try writer.writeFloat(value)
  }
  mutating func encode(_ value: Float, forKey key: Key) throws {
    try start(key)
    try writer.writeFloat(value)
  }
  mutating func encode(_ value: Int, forKey key: Key) throws { try integer(value, key) }
  mutating func encode(_ value: Int8, forKey key: Key) throws { try integer(value, key) }
  mutating func encode(_ value: Int16, forKey key: Key) throws { try integer(value, key) }
  mutating func encode(_ value: Int32, forKey key: Key) throws { try integer(value, key) }
  mutating func encode(_ value: Int64, forKey key: Key) throws { try integer(value, key) }
  mutating func encode(_ value: UInt, forKey key: Key) throws { try integer(value, key) }
  mutating func encode(_ value: UInt8, forKey key: Key) throws { try integer(value, key) }
  mutating func encode(_ value: UInt16, forKey key: Key) throws { try integer(value, key) }
  mutating func encode(_ value: UInt32, forKey key: Key) throws { try integer(value, key) }
  mutating func encode(_ value: UInt64, forKey key: Key) throws { try integer(value, key) }

  private func integer(_ value: some BinaryInteger, _ key: Key) throws {
    try start(key)
    writer.writeInteger(value)
  }

  mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
    try start(key)
    try writer.write(value)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    writer.nestedWriter(in: serial, key: key.stringValue).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    writer.nestedWriter(in: serial, key: key.stringValue).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder { writer.nestedWriter(in: serial, key: "super") }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    writer.nestedWriter(in: serial, key: key.stringValue)
  }
}

/// An array's container: each element straight into the writer.
struct UnkeyedJSONContainer: UnkeyedEncodingContainer, JSONElementWriting {
  let writer: JSONValueWriter
  /// The serial of the array's frame in `writer`.
  let serial: Int
  var codingPath: [any CodingKey] { [] }
  var count: Int { writer.count(of: serial) }

  func startElement() throws { try writer.startElement(of: serial) }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    writer.nestedWriter(in: serial, key: nil).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    writer.nestedWriter(in: serial, key: nil).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder { writer.nestedWriter(in: serial, key: nil) }
}

/// The container of a value that is one scalar (or one value of another type), written where
/// the value stands.
struct SingleJSONContainer: SingleValueEncodingContainer, JSONElementWriting {
  let writer: JSONValueWriter
  var codingPath: [any CodingKey] { [] }

  func startElement() {}
}

/// The scalar writes an unkeyed and a single-value container share: each starts an element
/// (a separator in an array, nothing for a single value) and writes the scalar.
protocol JSONElementWriting {
  var writer: JSONValueWriter { get }
  func startElement() throws
}

extension JSONElementWriting {
  mutating func encodeNil() throws {
    try startElement()
    writer.writeNull()
  }
  mutating func encode(_ value: Bool) throws {
    try startElement()
    writer.writeBool(value)
  }
  mutating func encode(_ value: String) throws {
    try startElement()
    writer.writeString(value)
  }
  mutating func encode(_ value: Double) throws {
    try startElement()
    try writer.writeFloat(value)
  }
  mutating func encode(_ value: Float) throws {
    try startElement()
    try writer.writeFloat(value)
  }
  mutating func encode(_ value: Int) throws { try integer(value) }
  mutating func encode(_ value: Int8) throws { try integer(value) }
  mutating func encode(_ value: Int16) throws { try integer(value) }
  mutating func encode(_ value: Int32) throws { try integer(value) }
  mutating func encode(_ value: Int64) throws { try integer(value) }
  mutating func encode(_ value: UInt) throws { try integer(value) }
  mutating func encode(_ value: UInt8) throws { try integer(value) }
  mutating func encode(_ value: UInt16) throws { try integer(value) }
  mutating func encode(_ value: UInt32) throws { try integer(value) }
  mutating func encode(_ value: UInt64) throws { try integer(value) }

  private func integer(_ value: some BinaryInteger) throws {
    try startElement()
    writer.writeInteger(value)
  }

  mutating func encode<Value: Encodable>(_ value: Value) throws {
    try startElement()
    try writer.write(value)
  }
}
