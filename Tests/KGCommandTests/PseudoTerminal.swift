import Foundation
import Glibc

/// The built `kg` run on a real pseudo-terminal, as a person at a keyboard runs it: keys go
/// in through the master side, and the screen's output comes back from it.
final class PseudoTerminal {
  /// The output so far, with the terminal's escape sequences and carriage returns removed.
  var screen: String { Self.plain(String(decoding: output, as: UTF8.self)) }
  private var output: [UInt8] = []
  /// How many characters of `screen` earlier waits have matched.
  private var seen = 0
  private let master: Int32
  /// The path of the terminal's other side, the one `kg` reads and writes.
  private let terminalPath: String
  private let process = Process()

  /// Starts `kg arguments` on a fresh 80×24 terminal, with `environment` added to its own.
  init(_ arguments: [String], environment: [String: String] = [:]) throws {
    master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
    var unlocked: Int32 = 0
    var number: UInt32 = 0
    // TIOCSPTLCK and TIOCGPTN: <asm-generic/ioctls.h> spells them with macros Swift cannot
    // import.
    guard master >= 0, ioctl(master, 0x4004_5431, &unlocked) == 0,
      ioctl(master, 0x8004_5430, &number) == 0
    else { throw TerminalError("cannot open a pseudo-terminal") }
    var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    terminalPath = "/dev/pts/\(number)"
    guard let terminal = FileHandle(forUpdatingAtPath: terminalPath) else {
      throw TerminalError("cannot open /dev/pts/\(number)")
    }
    process.executableURL = KGBinary.url
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    process.standardInput = terminal
    process.standardOutput = terminal
    process.standardError = terminal
    try process.run()
    try terminal.close()
  }

  deinit {
    if process.isRunning { process.terminate() }
    close(master)
  }

  /// Sends `signal` to `kg`.
  func send(_ signal: Int32) {
    kill(process.processIdentifier, signal)
  }

  /// Whether the terminal echoes what is typed a line at a time, as a shell leaves it (rather
  /// than in the line editor's raw mode).
  var isCooked: Bool {
    get throws {
      let descriptor = open(terminalPath, O_RDWR | O_NOCTTY)
      guard descriptor >= 0 else { throw TerminalError("cannot open \(terminalPath)") }
      defer { close(descriptor) }
      var settings = termios()
      guard tcgetattr(descriptor, &settings) == 0 else {
        throw TerminalError("cannot read the settings of \(terminalPath)")
      }
      return settings.c_lflag & tcflag_t(ECHO | ICANON) == tcflag_t(ECHO | ICANON)
    }
  }

  /// Types `keys`.
  func type(_ keys: String) {
    _ = keys.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count - 1) }
  }

  /// Reads the screen until `text` appears after the previous wait's match, and returns what
  /// was shown from there up to the end of this match.
  @discardableResult
  func waitFor(_ text: String, seconds: Double = 20) throws -> String {
    let deadline = Date().addingTimeInterval(seconds)
    while true {
      let unseen = screen.dropFirst(seen)
      if let match = unseen.range(of: text) {
        let shown = String(unseen[..<match.upperBound])
        seen += shown.count
        return shown
      }
      guard Date() < deadline, readAvailable(waitingMilliseconds: 100) else {
        throw TerminalError("'\(text)' did not appear; the screen ends:\n\(screen.suffix(600))")
      }
    }
  }

  /// Waits for `kg` to exit and returns its status.
  func waitForExit(seconds: Double = 20) throws -> Int32 {
    let deadline = Date().addingTimeInterval(seconds)
    while process.isRunning {
      guard Date() < deadline else { throw TerminalError("kg did not exit") }
      _ = readAvailable(waitingMilliseconds: 50)
    }
    return process.terminationStatus
  }

  /// Reads what the terminal has within the wait; `false` once the other side has closed.
  private func readAvailable(waitingMilliseconds: Int32) -> Bool {
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    guard poll(&descriptor, 1, waitingMilliseconds) > 0 else { return true }
    var bytes = [UInt8](repeating: 0, count: 4096)
    let count = read(master, &bytes, bytes.count)
    guard count > 0 else { return false }
    output += bytes[..<count]
    return true
  }

  /// `output` without CSI escape sequences and carriage returns.
  private static func plain(_ output: String) -> String {
    output.replacingOccurrences(
      of: "\u{1B}\\[[0-9;?]*[A-Za-z]", with: "", options: .regularExpression
    ).replacingOccurrences(of: "\r", with: "")
  }
}

/// The pseudo-terminal could not be set up, or the expected output did not come.
struct TerminalError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

/// Keys as a terminal sends them.
enum Keys {
  static let enter = "\r"
  static let up = "\u{1B}[A"
  static let left = "\u{1B}[D"
  static let right = "\u{1B}[C"
  static let home = "\u{1B}[H"
  static let tab = "\t"
  static let ctrlA = "\u{01}"
  static let ctrlC = "\u{03}"
  static let ctrlD = "\u{04}"
  static let ctrlE = "\u{05}"
  static let ctrlK = "\u{0B}"
  static let ctrlR = "\u{12}"
  static let ctrlU = "\u{15}"
  static let ctrlW = "\u{17}"
  static let ctrlZ = "\u{1A}"
}
