import Glibc

/// The bytes of standard input, read one at a time, after any handed back with `prepend`.
final class InputBytes {
  private var pending: [UInt8] = []

  /// The next byte, waiting for it; `nil` at the end of input.
  func next() -> UInt8? {
    if !pending.isEmpty { return pending.removeFirst() }
    return read(waitingMilliseconds: -1)
  }

  /// The next byte if one arrives within `milliseconds`: an escape key alone is told from the
  /// start of an escape sequence by the pause after it.
  func next(within milliseconds: Int32) -> UInt8? {
    if !pending.isEmpty { return pending.removeFirst() }
    return read(waitingMilliseconds: milliseconds)
  }

  /// Puts `bytes` before what is still to be read (keys typed while a query ran).
  func prepend(_ bytes: [UInt8]) {
    pending = bytes + pending
  }

  private func read(waitingMilliseconds timeout: Int32) -> UInt8? {
    var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
    while true {
      let ready = poll(&descriptor, 1, timeout)
      if ready < 0 && errno == EINTR { continue }
      guard ready > 0 else { return nil }
      var byte: UInt8 = 0
      let count = Glibc.read(0, &byte, 1)
      if count < 0 && errno == EINTR { continue }
      return count == 1 ? byte : nil
    }
  }
}
