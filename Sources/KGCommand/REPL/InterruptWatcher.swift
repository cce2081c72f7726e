import CypherRuntime
import Foundation
import Synchronization

/// Watches the raw terminal while a query runs: Ctrl-C cancels the query, and any other keys
/// are kept to be read by the editor afterwards.
final class InterruptWatcher: Sendable {
  private let cancellation: CancellationFlag
  private let typedAhead = Mutex<[UInt8]>([])
  /// A pipe whose write end `stop()` closes, waking the watcher at once.
  private let wake: (read: Int32, write: Int32)
  private let finished = DispatchSemaphore(value: 0)

  /// Starts watching standard input, cancelling through `cancellation` on Ctrl-C.
  init?(cancelling cancellation: CancellationFlag) {
    var descriptors: [Int32] = [0, 0]
    guard pipe(&descriptors) == 0 else { return nil }
    self.cancellation = cancellation
    wake = (descriptors[0], descriptors[1])
    Thread { [self] in
      watch()
      finished.signal()
    }.start()
  }

  /// Stops watching and returns the keys typed meanwhile, Ctrl-C aside.
  func stop() -> [UInt8] {
    close(wake.write)
    finished.wait()
    close(wake.read)
    return typedAhead.withLock { $0 }
  }

  private func watch() {
    var descriptors = [
      pollfd(fd: 0, events: Int16(POLLIN), revents: 0),
      pollfd(fd: wake.read, events: Int16(POLLIN), revents: 0),
    ]
    while true {
      let ready = poll(&descriptors, 2, -1)
      if ready < 0 && errno == EINTR { continue }
      guard ready > 0, descriptors[1].revents == 0, descriptors[0].revents & Int16(POLLIN) != 0
      else { return }
      var bytes = [UInt8](repeating: 0, count: 256)
      let count = read(0, &bytes, bytes.count)
      guard count > 0 else { return }
      let keys = bytes[..<count]
      if keys.contains(0x03) { cancellation.cancel() }
      typedAhead.withLock { $0 += keys.filter { $0 != 0x03 } }
    }
  }
}
