/// A JSON value read exactly: numbers written without a fraction or exponent are integers,
/// the others floats, as `JSONLinesExport` writes them.
enum JSONText: Equatable {
  case null
  case boolean(Bool)
  case integer(Int64)
  case float(Double)
  case string(String)
  case array([JSONText])
  case object([String: JSONText])

  /// Parses one JSON document.
  /// - Throws: `JSONText.Error` with the offset where the text stops being JSON.
  static func parse(_ text: String) throws(JSONText.Error) -> JSONText {
    var parser = Parser(bytes: Array(text.utf8))
    let value = try parser.value()
    parser.skipSpace()
    guard parser.position == parser.bytes.count else { throw parser.error("unexpected text") }
    return value
  }

  struct Error: Swift.Error, CustomStringConvertible {
    let message: String
    /// The column (1-based, in bytes) where the problem is.
    let column: Int
    var description: String { "column \(column): \(message)" }
  }

  private struct Parser {
    let bytes: [UInt8]
    var position = 0

    func error(_ message: String) -> JSONText.Error {
      JSONText.Error(message: message, column: position + 1)
    }

    mutating func skipSpace() {
      while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) {
        position += 1
      }
    }

    mutating func value() throws(JSONText.Error) -> JSONText {
      skipSpace()
      guard position < bytes.count else { throw error("a value is missing") }
      switch bytes[position] {
      case UInt8(ascii: "{"): return try object()
      case UInt8(ascii: "["): return try array()
      case UInt8(ascii: "\""): return .string(try string())
      case UInt8(ascii: "t"): return try keyword("true", .boolean(true))
      case UInt8(ascii: "f"): return try keyword("false", .boolean(false))
      case UInt8(ascii: "n"): return try keyword("null", .null)
      default: return try number()
      }
    }

    private mutating func keyword(_ word: String, _ value: JSONText) throws(JSONText.Error)
      -> JSONText
    {
      let expected = Array(word.utf8)
      guard bytes[position...].starts(with: expected) else { throw error("not JSON") }
      position += expected.count
      return value
    }

    private mutating func expect(_ byte: Character) throws(JSONText.Error) {
      skipSpace()
      guard position < bytes.count, bytes[position] == byte.asciiValue else {
        throw error("expected '\(byte)'")
      }
      position += 1
    }

    /// Whether the next byte (after space) is `byte`, consuming it if so.
    private mutating func accept(_ byte: Character) -> Bool {
      skipSpace()
      guard position < bytes.count, bytes[position] == byte.asciiValue else { return false }
      position += 1
      return true
    }

    private mutating func object() throws(JSONText.Error) -> JSONText {
      try expect("{")
      var members: [String: JSONText] = [:]
      if accept("}") { return .object(members) }
      repeat {
        skipSpace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
          throw error("expected a member name")
        }
        let key = try string()
        try expect(":")
        members[key] = try value()
      } while accept(",")
      try expect("}")
      return .object(members)
    }

    private mutating func array() throws(JSONText.Error) -> JSONText {
      try expect("[")
      var elements: [JSONText] = []
      if accept("]") { return .array(elements) }
      repeat { elements.append(try value()) } while accept(",")
      try expect("]")
      return .array(elements)
    }

    private mutating func number() throws(JSONText.Error) -> JSONText {
      let start = position
      while position < bytes.count,
        "+-0123456789.eE".utf8.contains(bytes[position])
      {
        position += 1
      }
      let text = String(decoding: bytes[start..<position], as: UTF8.self)
      if !text.contains(where: { ".eE".contains($0) }), let integer = Int64(text) {
        return .integer(integer)
      }
      guard let float = Double(text), !text.isEmpty else {
        position = start
        throw error("not JSON")
      }
      return .float(float)
    }

    private mutating func string() throws(JSONText.Error) -> String {
      position += 1
      var scalars = String.UnicodeScalarView()
      var pendingHighSurrogate: UInt32?
      while position < bytes.count {
        let byte = bytes[position]
        if byte == UInt8(ascii: "\"") {
          position += 1
          return String(scalars)
        }
        if byte != UInt8(ascii: "\\") {
          // A run of plain bytes, decoded as UTF-8.
          let start = position
          while position < bytes.count, bytes[position] != UInt8(ascii: "\""),
            bytes[position] != UInt8(ascii: "\\")
          {
            position += 1
          }
          scalars.append(
            contentsOf: String(decoding: bytes[start..<position], as: UTF8.self).unicodeScalars)
          continue
        }
        position += 1
        guard position < bytes.count else { break }
        let escaped = bytes[position]
        position += 1
        switch escaped {
        case UInt8(ascii: "\""): scalars.append("\"")
        case UInt8(ascii: "\\"): scalars.append("\\")
        case UInt8(ascii: "/"): scalars.append("/")
        case UInt8(ascii: "b"): scalars.append("\u{08}")
        case UInt8(ascii: "f"): scalars.append("\u{0C}")
        case UInt8(ascii: "n"): scalars.append("\n")
        case UInt8(ascii: "r"): scalars.append("\r")
        case UInt8(ascii: "t"): scalars.append("\t")
        case UInt8(ascii: "u"):
          guard position + 4 <= bytes.count,
            let code = UInt32(
              String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16)
          else { throw error("a bad \\u escape") }
          position += 4
          if (0xD800..<0xDC00).contains(code) {
            pendingHighSurrogate = code
            continue
          }
          var scalarValue = code
          if (0xDC00..<0xE000).contains(code), let high = pendingHighSurrogate {
            scalarValue = 0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00)
          }
          pendingHighSurrogate = nil
          guard let scalar = Unicode.Scalar(scalarValue) else { throw error("a bad \\u escape") }
          scalars.append(scalar)
        default:
          throw error("a bad escape")
        }
      }
      throw error("an unterminated string")
    }
  }
}
