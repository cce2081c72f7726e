/// A key press as the line editor sees it, decoded from the terminal's bytes.
enum Key: Equatable {
  case character(Character)
  case enter, tab, backspace, delete
  case left, right, up, down, home, end, wordLeft, wordRight
  /// Ctrl-C.
  case interrupt
  /// Ctrl-D.
  case endOfInput
  /// Ctrl-K: delete to the end of the line.
  case killToEnd
  /// Ctrl-U: delete to the start of the line.
  case killToStart
  /// Ctrl-W: delete the word before the cursor.
  case deleteWordBackward
  /// Ctrl-L.
  case clearScreen
  /// Ctrl-R: search the history backwards.
  case reverseSearch
  /// Ctrl-Z: stop for the shell's job control.
  case suspend
  /// Escape alone, Ctrl-G, or a sequence the editor has no use for.
  case cancel

  /// Reads one key from `input`; `nil` at the end of input.
  static func read(from input: InputBytes) -> Key? {
    guard let byte = input.next() else { return nil }
    switch byte {
    case 0x01: return .home
    case 0x02: return .left
    case 0x03: return .interrupt
    case 0x04: return .endOfInput
    case 0x05: return .end
    case 0x06: return .right
    case 0x07: return .cancel
    case 0x08, 0x7F: return .backspace
    case 0x09: return .tab
    case 0x0A, 0x0D: return .enter
    case 0x0B: return .killToEnd
    case 0x0C: return .clearScreen
    case 0x0E: return .down
    case 0x10: return .up
    case 0x12: return .reverseSearch
    case 0x15: return .killToStart
    case 0x17: return .deleteWordBackward
    case 0x1A: return .suspend
    case 0x1B: return escapeSequence(from: input)
    case 0x00..<0x20: return .cancel
    default: return character(startingWith: byte, from: input)
    }
  }

  /// What follows an escape: CSI (`ESC [`) and SS3 (`ESC O`) sequences for the cursor keys,
  /// `ESC b` / `ESC f` for words (Alt-B, Alt-F).
  private static func escapeSequence(from input: InputBytes) -> Key {
    guard let introducer = input.next(within: 50) else { return .cancel }
    switch introducer {
    case UInt8(ascii: "b"): return .wordLeft
    case UInt8(ascii: "f"): return .wordRight
    case UInt8(ascii: "["), UInt8(ascii: "O"): break
    default: return .cancel
    }
    var parameters = ""
    while let byte = input.next(within: 50) {
      if (0x30...0x3F).contains(byte) {
        parameters.append(Character(Unicode.Scalar(byte)))
        continue
      }
      return csiKey(final: Character(Unicode.Scalar(byte)), parameters: parameters)
    }
    return .cancel
  }

  private static func csiKey(final: Character, parameters: String) -> Key {
    let modified = parameters.hasSuffix(";5") || parameters.hasSuffix(";3")
    switch (final, parameters) {
    case ("A", _): return .up
    case ("B", _): return .down
    case ("C", _): return modified ? .wordRight : .right
    case ("D", _): return modified ? .wordLeft : .left
    case ("H", _), ("~", "1"), ("~", "7"): return .home
    case ("F", _), ("~", "4"), ("~", "8"): return .end
    case ("~", "3"): return .delete
    default: return .cancel
    }
  }

  /// A UTF-8 character whose first byte is `first`; `nil`-free: malformed input becomes U+FFFD.
  private static func character(startingWith first: UInt8, from input: InputBytes) -> Key {
    let length =
      switch first {
      case 0xF0...: 4
      case 0xE0...: 3
      case 0xC0...: 2
      default: 1
      }
    var bytes = [first]
    while bytes.count < length, let byte = input.next(within: 50) { bytes.append(byte) }
    let text = String(decoding: bytes, as: UTF8.self)
    return .character(text.first ?? "\u{FFFD}")
  }
}
