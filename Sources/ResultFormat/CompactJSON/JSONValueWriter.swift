/// The `Encoder` behind `CompactJSONEncoder`: it writes each value where it stands in the
/// text, with a stack of the containers still open.
///
/// `write(_:)` runs a value's `encode(to:)` and then closes the container the value opened
/// (or writes `{}` when it wrote nothing). An object's members are written in the order they
/// come and put in key order when the object closes. A nested container or super encoder
/// fills a writer of its own, whose text goes in when its parent is next written or closed.
///
/// A writer serves one `encode` call on one thread, so its state is exempt from Swift's
/// run-time exclusivity checks (`@exclusivity(unchecked)`), which took a quarter of the time.
final class JSONValueWriter: Encoder {
  @exclusivity(unchecked) private(set) var bytes: [UInt8] = []
  let codingPath: [any CodingKey] = []
  let userInfo: [CodingUserInfoKey: Any] = [:]

  /// The open containers, innermost last: one for each value being written that opened one.
  /// Frames past `depth` are kept so that their member lists keep their storage.
  @exclusivity(unchecked) private var frames: [ContainerFrame] = []
  @exclusivity(unchecked) private var depth = 0
  /// Numbers the frames, so that a container knows when its frame has closed.
  @exclusivity(unchecked) private var serials = 0
  /// The depth at which the value being written now began.
  @exclusivity(unchecked) private var valueBase = 0
  /// The first misuse met where the protocol gives no way to throw; thrown at the end.
  @exclusivity(unchecked) private var misuse: EncodingError?

  /// Writes `value` at the current position.
  func write<Value: Encodable>(_ value: Value) throws {
    let (outerBase, start) = (valueBase, bytes.count)
    valueBase = depth
    defer { valueBase = outerBase }
    try value.encode(to: self)
    while depth > valueBase { try closeInnermost() }
    if bytes.count == start { bytes.append(contentsOf: "{}".utf8) }
  }

  /// The text of `value` as a whole document.
  func document(_ value: some Encodable) throws -> [UInt8] {
    try write(value)
    if let misuse { throw misuse }
    return bytes
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    KeyedEncodingContainer(KeyedJSONContainer(writer: self, serial: valueContainer(object: true)))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    UnkeyedJSONContainer(writer: self, serial: valueContainer(object: false))
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleJSONContainer(writer: self)
  }

  // MARK: - Containers

  /// The serial of the current value's container, opened now unless the value asked for it
  /// before (as `JSONEncoder`, asking twice gives the same container).
  private func valueContainer(object: Bool) -> Int {
    if depth > valueBase {
      if frames[valueBase].isObject != object {
        noteMisuse("a value asked for both a keyed and an unkeyed container")
      }
      return frames[valueBase].serial
    }
    serials += 1
    if depth == frames.count { frames.append(ContainerFrame()) }
    frames[depth].open(serial: serials, isObject: object)
    depth += 1
    bytes.append(object ? UInt8(ascii: "{") : UInt8(ascii: "["))
    return serials
  }

  /// Readies the container numbered `serial` for its next element: it must be the innermost
  /// open one. Flushes what a nested container of it wrote and writes the separator.
  func startElement(of serial: Int) throws {
    guard depth > valueBase, frames[depth - 1].serial == serial else {
      throw EncodingError.invalidValue(
        serial,
        EncodingError.Context(
          codingPath: [], debugDescription: "A container was written to after it was closed."))
    }
    try flushNested(frames[depth - 1].nested)
    frames[depth - 1].nested = nil
    if frames[depth - 1].count > 0 { bytes.append(UInt8(ascii: ",")) }
    frames[depth - 1].count += 1
  }

  /// Starts the member `key` of the object numbered `serial`: its key and colon.
  func startMember(_ key: String, of serial: Int) throws {
    try startElement(of: serial)
    frames[depth - 1].noteMember(key, at: bytes.count)
    writeString(key)
    bytes.append(UInt8(ascii: ":"))
  }

  /// The number of elements written so far in the container numbered `serial`.
  func count(of serial: Int) -> Int {
    frames[..<depth].last { $0.serial == serial }?.count ?? 0
  }

  /// A writer for a container or value nested in the container numbered `serial`, its text
  /// to follow once it is done (before the next element, or at the close).
  func nestedWriter(in serial: Int, key: String?) -> JSONValueWriter {
    let nested = JSONValueWriter()
    do {
      if let key { try startMember(key, of: serial) } else { try startElement(of: serial) }
      frames[depth - 1].nested = nested
    } catch {
      noteMisuse("a nested container was asked of a closed container")
    }
    return nested
  }

  private func flushNested(_ nested: JSONValueWriter?) throws {
    guard let nested else { return }
    try nested.finish()
    bytes.append(contentsOf: nested.bytes)
  }

  /// Closes what is open, as at the end of the value that opened it.
  private func finish() throws {
    while depth > 0 { try closeInnermost() }
    if bytes.isEmpty { bytes.append(contentsOf: "{}".utf8) }
    if let misuse { throw misuse }
  }

  private func closeInnermost() throws {
    depth -= 1
    try flushNested(frames[depth].nested)
    frames[depth].nested = nil
    if frames[depth].isObject {
      frames[depth].sortMembers(of: &bytes)
      bytes.append(UInt8(ascii: "}"))
    } else {
      bytes.append(UInt8(ascii: "]"))
    }
  }

  private func noteMisuse(_ description: String) {
    guard misuse == nil else { return }
    misuse = .invalidValue(
      description, EncodingError.Context(codingPath: [], debugDescription: description))
  }

  // MARK: - Scalars

  func writeNull() { bytes.append(contentsOf: "null".utf8) }

  func writeBool(_ value: Bool) { bytes.append(contentsOf: (value ? "true" : "false").utf8) }

  func writeString(_ text: String) { JSONBytes.appendString(text, to: &bytes) }

  func writeInteger(_ value: some BinaryInteger) { JSONBytes.appendInteger(value, to: &bytes) }

  func writeFloat(_ value: some BinaryFloatingPoint & LosslessStringConvertible) throws {
    try JSONBytes.appendFiniteFloat(value, to: &bytes)
  }
}
