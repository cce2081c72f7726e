#if canImport(Glibc)
  import Glibc
#else
  import Darwin
#endif

/// A document read a chunk at a time, from a file or from bytes in memory.
final class DocumentChunks {
  /// The most bytes one chunk holds.
  static let chunkSize = 64 * 1024

  private enum Source {
    case file(UnsafeMutablePointer<FILE>)
    case bytes([UInt8])
  }

  private let source: Source
  /// The name errors report.
  private let name: String
  private var offset = 0
  private var buffer = [UInt8](repeating: 0, count: chunkSize)

  /// Opens `input`; `nil` when its file cannot be opened.
  init?(_ input: XMLStreamReader.Input) {
    name = input.name
    switch input {
    case .file(let path):
      guard let file = fopen(path, "rb") else { return nil }
      source = .file(file)
    case .bytes(let bytes, _):
      source = .bytes(bytes)
    }
  }

  deinit {
    if case .file(let file) = source { fclose(file) }
  }

  /// Calls `body` with the next chunk, empty at the end of the document.
  ///
  /// - Throws: `ImportError.Kind.unreadable` when the file cannot be read (a folder, an I/O
  ///   error), or what `body` throws.
  func next<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws(ImportError) -> Result)
    throws(ImportError) -> Result
  {
    switch source {
    case .file(let file):
      let count = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
      if count == 0, ferror(file) != 0 {
        throw ImportError(
          .unreadable, file: name, message: "cannot read the document (\(errorDescription()))")
      }
      return try buffer.withUnsafeBufferPointer { all throws(ImportError) in
        try body(UnsafeBufferPointer(rebasing: all[..<count]))
      }
    case .bytes(let bytes):
      let end = min(offset + Self.chunkSize, bytes.count)
      defer { offset = end }
      return try bytes.withUnsafeBufferPointer { all throws(ImportError) in
        try body(UnsafeBufferPointer(rebasing: all[offset..<end]))
      }
    }
  }
}

/// The C library's description of the last error (`errno`).
private func errorDescription() -> String { String(cString: strerror(errno)) }
