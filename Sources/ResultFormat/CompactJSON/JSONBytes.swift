/// JSON scalars written as UTF-8 bytes at the end of a buffer.
public enum JSONBytes {
  private static let quote = UInt8(ascii: "\"")
  private static let backslash = UInt8(ascii: "\\")
  private static let hexDigits = Array("0123456789abcdef".utf8)

  /// `text` as a string literal: quotation marks, backslashes and control characters escaped
  /// (`\n`, `\t`, `\u001f`…), every other character as it is, slashes included.
  public static func appendString(_ text: String, to bytes: inout [UInt8]) {
    bytes.append(quote)
    var text = text
    text.withUTF8 { utf8 in
      guard let start = utf8.baseAddress else { return }
      let raw = UnsafeRawPointer(start)
      // Runs of bytes that need no escape are copied whole, found eight bytes at a time.
      var runStart = 0
      var offset = 0
      while offset < utf8.count {
        if offset + 8 <= utf8.count,
          !mayNeedEscape(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        {
          offset += 8
          continue
        }
        let byte = utf8[offset]
        if byte < 0x20 || byte == quote || byte == backslash {
          bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<offset]))
          appendEscape(of: byte, to: &bytes)
          runStart = offset + 1
        }
        offset += 1
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }
    bytes.append(quote)
  }

  /// Whether one of the eight bytes of `word` is a control character, a quotation mark or a
  /// backslash: never false when one is (the tests for a zero byte and for a byte below n of
  /// "Bit Twiddling Hacks"). When true, the bytes are looked at one by one.
  private static func mayNeedEscape(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highBits: UInt64 = 0x8080_8080_8080_8080
    func hasByteBelow(_ limit: UInt64, _ word: UInt64) -> Bool {
      (word &- ones &* limit) & ~word & highBits != 0
    }
    return hasByteBelow(0x20, word) || hasByteBelow(1, word ^ (ones &* UInt64(quote)))
      || hasByteBelow(1, word ^ (ones &* UInt64(backslash)))
  }

  private static func appendEscape(of byte: UInt8, to bytes: inout [UInt8]) {
    bytes.append(backslash)
    switch byte {
    case quote, backslash: bytes.append(byte)
    case 0x08: bytes.append(UInt8(ascii: "b"))
    case 0x0C: bytes.append(UInt8(ascii: "f"))
    case 0x0A: bytes.append(UInt8(ascii: "n"))
    case 0x0D: bytes.append(UInt8(ascii: "r"))
    case 0x09: bytes.append(UInt8(ascii: "t"))
    default:
      bytes.append(contentsOf: "u00".utf8)
      bytes.append(hexDigits[Int(byte >> 4)])
      bytes.append(hexDigits[Int(byte & 0x0F)])
    }
  }

  /// `value` in decimal.
  static func appendInteger(_ value: some BinaryInteger, to bytes: inout [UInt8]) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    let start = bytes.count
    repeat {
      let (quotient, digit) = magnitude.quotientAndRemainder(dividingBy: 10)
      bytes.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: digit))
      magnitude = quotient
    } while magnitude > 0
    bytes[start...].reverse()
  }

  /// A finite `value` in its shortest form that reads back the same, without a trailing
  /// `.0` (`1`, `0.5`, `1e+20`); a NaN or infinity, which JSON cannot hold, is an
  /// `EncodingError.invalidValue`.
  static func appendFiniteFloat(
    _ value: some BinaryFloatingPoint & LosslessStringConvertible, to bytes: inout [UInt8]
  ) throws {
    guard value.isFinite else {
      throw EncodingError.invalidValue(
        value,
        EncodingError.Context(
          codingPath: [], debugDescription: "JSON cannot hold the float \(value)."))
    }
    let text = value.description
    bytes.append(contentsOf: text.hasSuffix(".0") ? text.utf8.dropLast(2) : text.utf8[...])
  }
}
