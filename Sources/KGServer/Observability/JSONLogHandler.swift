import Logging
import ResultFormat

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A swift-log handler that writes each entry as one line of JSON to a file descriptor
/// (standard error unless told otherwise):
///
///     {"level":"info","logger":"kg.server","message":"request","metadata":{"hb.request.id":"…",
///     "method":"GET","ms":"0.412","status":"200","uri":"/v1/exercises/Air_Bike"},
///     "source":"KGServer","time":"2026-11-23T02:55:08.123Z"}
///
/// Keys are sorted; `metadata` merges the logger's, its provider's and the entry's own, and is
/// left out when empty; an entry's error is `metadata.error`. Each line is one `write`, so lines
/// from concurrent requests never mix, and time is UTC, so writing one reads no time zone.
public struct JSONLogHandler: LogHandler {
  public var logLevel: Logger.Level = .info
  public var metadata: Logger.Metadata = [:]
  public var metadataProvider: Logger.MetadataProvider?
  private let label: String
  private let fileDescriptor: Int32

  /// A handler for the logger `label`, writing to `fileDescriptor`.
  public init(label: String, fileDescriptor: Int32 = 2) {
    self.label = label
    self.fileDescriptor = fileDescriptor
  }

  public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  public func log(event: LogEvent) {
    // The metadata in order of precedence, the last of a key winning.
    var entries = Array(metadata)
    if let provided = metadataProvider?.get() { entries += provided }
    if let explicit = event.metadata { entries += explicit }
    if let error = event.error { entries.append(("error", "\(error)")) }
    // Written by hand rather than through an Encoder, which would cost more than the request
    // the line is about; the keys are in sorted order.
    var line: [UInt8] = []
    line.reserveCapacity(256)
    member("level", first: true, &line)
    JSONBytes.appendString(event.level.rawValue, to: &line)
    member("logger", &line)
    JSONBytes.appendString(label, to: &line)
    member("message", &line)
    JSONBytes.appendString(event.message.description, to: &line)
    if !entries.isEmpty {
      member("metadata", &line)
      appendObject(entries, to: &line)
    }
    member("source", &line)
    JSONBytes.appendString(event.source, to: &line)
    member("time", &line)
    JSONBytes.appendString(UTCTimestamp.now(), to: &line)
    line.append(contentsOf: "}\n".utf8)
    writeAll(line)
  }

  /// Starts the member `key` of the object being written (opening it when `first`).
  private func member(_ key: String, first: Bool = false, _ line: inout [UInt8]) {
    line.append(first ? UInt8(ascii: "{") : UInt8(ascii: ","))
    JSONBytes.appendString(key, to: &line)
    line.append(UInt8(ascii: ":"))
  }

  /// A metadata value: strings (and values that describe themselves) as strings, arrays and
  /// dictionaries as arrays and objects (keys sorted).
  private func append(_ value: Logger.MetadataValue, to line: inout [UInt8]) {
    switch value {
    case .string(let text): JSONBytes.appendString(text, to: &line)
    case .stringConvertible(let described):
      JSONBytes.appendString(described.description, to: &line)
    case .array(let elements):
      line.append(UInt8(ascii: "["))
      for (index, element) in elements.enumerated() {
        if index > 0 { line.append(UInt8(ascii: ",")) }
        append(element, to: &line)
      }
      line.append(UInt8(ascii: "]"))
    case .dictionary(let entries): appendObject(Array(entries), to: &line)
    }
  }

  /// `entries` as an object, keys sorted; of entries with the same key, the last.
  private func appendObject(
    _ entries: [(key: String, value: Logger.MetadataValue)], to line: inout [UInt8]
  ) {
    // A stable insertion sort: metadata has a handful of entries, and equal keys keep their
    // order, so the last of them is the one written.
    var sorted = entries
    for index in sorted.indices.dropFirst() {
      var place = index
      while place > 0, sorted[place].key < sorted[place - 1].key {
        sorted.swapAt(place, place - 1)
        place -= 1
      }
    }
    var first = true
    for (index, entry) in sorted.enumerated()
    where index + 1 == sorted.count || sorted[index + 1].key != entry.key {
      member(entry.key, first: first, &line)
      append(entry.value, to: &line)
      first = false
    }
    line.append(contentsOf: (first ? "{}" : "}").utf8)
  }

  private func writeAll(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress else { return }
      var offset = 0
      while offset < buffer.count {
        let written = write(fileDescriptor, base + offset, buffer.count - offset)
        if written < 0, errno == EINTR { continue }
        guard written > 0 else { return }
        offset += written
      }
    }
  }
}
