/// A value that writes its own JSON text, the same text its `encode(to:)` gives through
/// `CompactJSONEncoder`, without going through the `Encoder` protocol: `CompactJSONEncoder`
/// takes this path when a value has it. An HTTP answer of a few kilobytes spent most of its
/// encoding in the protocol's generic containers, not in writing bytes.
///
/// A conformance writes a struct as `json.object { … }` with its members in the encoder's key
/// order (code-point order: `variantOf` before `variants`) and its nil optionals left out, as
/// the synthesized `encode(to:)` and the encoder's sorting do; a test should hold the two texts
/// equal.
public protocol JSONWritable: Encodable {
  /// Writes the value where `json` stands.
  func write(to json: inout JSONWriter) throws
}

extension Array: JSONWritable where Element: JSONWritable {
  public func write(to json: inout JSONWriter) throws {
    try json.array(self) { try $1.write(to: &$0) }
  }
}

/// Compact JSON text written front to back: values, and objects and arrays filled in place.
public struct JSONWriter {
  /// The text so far, UTF-8.
  public private(set) var bytes: [UInt8] = []
  /// Whether the next value or member follows another in its container, after a comma.
  private var followsSibling = false

  public init() {}

  // MARK: - Values

  /// An object whose members `writeMembers` writes, in key order.
  public mutating func object(_ writeMembers: (inout JSONWriter) throws -> Void) rethrows {
    open(UInt8(ascii: "{"))
    try writeMembers(&self)
    close(UInt8(ascii: "}"))
  }

  /// An array of `elements`, each written by `writeElement`.
  public mutating func array<Element>(
    _ elements: [Element], _ writeElement: (inout JSONWriter, Element) throws -> Void
  ) rethrows {
    open(UInt8(ascii: "["))
    for element in elements { try writeElement(&self, element) }
    close(UInt8(ascii: "]"))
  }

  public mutating func string(_ value: String) {
    separate()
    JSONBytes.appendString(value, to: &bytes)
  }

  public mutating func integer(_ value: Int) {
    separate()
    JSONBytes.appendInteger(value, to: &bytes)
  }

  /// A finite float; JSON cannot hold another (`EncodingError.invalidValue`).
  public mutating func float(_ value: Double) throws {
    separate()
    try JSONBytes.appendFiniteFloat(value, to: &bytes)
  }

  // MARK: - Members of an object

  public mutating func member(_ key: String, _ value: String) {
    self.key(key)
    string(value)
  }

  /// The member, left out when `value` is nil.
  public mutating func member(_ key: String, _ value: String?) {
    if let value { member(key, value) }
  }

  public mutating func member(_ key: String, _ value: Int) {
    self.key(key)
    integer(value)
  }

  public mutating func member(_ key: String, _ value: Double) throws {
    self.key(key)
    try float(value)
  }

  public mutating func member(_ key: String, _ value: [String]) {
    self.key(key)
    array(value) { $0.string($1) }
  }

  public mutating func member(_ key: String, _ value: some JSONWritable) throws {
    self.key(key)
    try value.write(to: &self)
  }

  /// The member, left out when `value` is nil.
  public mutating func member(_ key: String, _ value: (some JSONWritable)?) throws {
    if let value { try member(key, value) }
  }

  // MARK: - Punctuation

  private mutating func key(_ key: String) {
    string(key)
    bytes.append(UInt8(ascii: ":"))
    followsSibling = false
  }

  private mutating func open(_ bracket: UInt8) {
    separate()
    bytes.append(bracket)
    followsSibling = false
  }

  private mutating func close(_ bracket: UInt8) {
    bytes.append(bracket)
    followsSibling = true
  }

  /// A comma when a sibling came before; the value about to be written is one.
  private mutating func separate() {
    if followsSibling { bytes.append(UInt8(ascii: ",")) }
    followsSibling = true
  }
}
