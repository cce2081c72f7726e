#if canImport(Glibc)
  import Glibc
#else
  import Darwin
#endif

/// Finds the column of an element's start tag once an error names its line: libxml2 keeps
/// lines on nodes but not columns, so the line is read again from the source, which only
/// happens on the way to reporting an error.
enum ElementColumn {
  /// The 1-based column of the first `<qualifiedName` on `line`, or 0 when it is not found there
  /// (on a line with several start tags of that name, the first one's).
  static func locate(_ qualifiedName: String, line: Int, in input: XMLStreamReader.Input) -> Int {
    guard line > 0, let text = sourceLine(line, in: input) else { return 0 }
    let needle = Array(("<" + qualifiedName).utf8)
    let bytes = Array(text.utf8)
    guard bytes.count >= needle.count else { return 0 }
    for start in 0...(bytes.count - needle.count)
    where bytes[start..<start + needle.count].elementsEqual(needle) {
      return String(decoding: bytes[..<start], as: UTF8.self).count + 1
    }
    return 0
  }

  private static func sourceLine(_ number: Int, in input: XMLStreamReader.Input) -> String? {
    switch input {
    case .bytes(let bytes, _):
      let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      return number <= lines.count ? String(decoding: lines[number - 1], as: UTF8.self) : nil
    case .file(let path):
      guard let file = fopen(path, "r") else { return nil }
      defer { fclose(file) }
      var buffer: UnsafeMutablePointer<CChar>?
      var capacity = 0
      defer { free(buffer) }
      var current = 0
      while getline(&buffer, &capacity, file) >= 0 {
        current += 1
        if current == number, let buffer { return String(cString: buffer) }
      }
      return nil
    }
  }
}
