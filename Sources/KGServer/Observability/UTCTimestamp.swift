#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The time as an ISO 8601 timestamp in UTC, to the millisecond: `2026-11-23T02:55:08.123Z`.
enum UTCTimestamp {
  static func now() -> String {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    return format(seconds: now.tv_sec, milliseconds: Int(now.tv_nsec) / 1_000_000)
  }

  /// The timestamp of `seconds` since 1970 plus `milliseconds`.
  static func format(seconds: time_t, milliseconds: Int) -> String {
    var seconds = seconds
    var parts = tm()
    gmtime_r(&seconds, &parts)
    var text: [UInt8] = []
    text.reserveCapacity(24)
    func digits(_ value: Int32, _ count: Int, then separator: Character?) {
      var divisor: Int32 = 1
      for _ in 1..<count { divisor *= 10 }
      while divisor > 0 {
        text.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
        divisor /= 10
      }
      if let separator, let byte = separator.asciiValue { text.append(byte) }
    }
    digits(parts.tm_year + 1900, 4, then: "-")
    digits(parts.tm_mon + 1, 2, then: "-")
    digits(parts.tm_mday, 2, then: "T")
    digits(parts.tm_hour, 2, then: ":")
    digits(parts.tm_min, 2, then: ":")
    digits(parts.tm_sec, 2, then: ".")
    digits(Int32(milliseconds), 3, then: "Z")
    return String(decoding: text, as: UTF8.self)
  }
}
