import Glibc

/// Standard input and output as a terminal: raw mode for the line editor, and the size.
///
/// While raw, a signal that ends the process (SIGTERM, SIGHUP, SIGQUIT, SIGINT from another
/// process) first puts the terminal back as it was, so the shell it returns to still echoes.
final class Terminal {
  private var raw = termios()

  /// Switches standard input to raw mode — keys arrive one by one, unechoed, and Ctrl-C,
  /// Ctrl-Z and Ctrl-S as bytes rather than signals — or returns `nil` when it is not a
  /// terminal. Output processing stays on, so `\n` still starts a new line.
  init?() {
    guard isatty(0) == 1, tcgetattr(0, &Self.original) == 0 else { return nil }
    raw = Self.original
    raw.c_iflag &= ~tcflag_t(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
    raw.c_cflag |= tcflag_t(CS8)
    raw.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN | ISIG)
    withUnsafeMutableBytes(of: &raw.c_cc) { characters in
      characters[Int(VMIN)] = 1
      characters[Int(VTIME)] = 0
    }
    for signal in Self.endingSignals { Glibc.signal(signal, Self.restoreAndEnd) }
    guard tcsetattr(0, TCSADRAIN, &raw) == 0 else {
      restore()
      return nil
    }
  }

  /// Puts standard input back as it was.
  func restore() {
    tcsetattr(0, TCSADRAIN, &Self.original)
    for signal in Self.endingSignals { Glibc.signal(signal, SIG_DFL) }
  }

  /// Ctrl-Z: puts the terminal back as it was and stops the process, as the shell's job
  /// control expects; raw again once the process is continued (`fg`).
  func suspend() {
    tcsetattr(0, TCSADRAIN, &Self.original)
    raise(SIGTSTP)
    tcsetattr(0, TCSADRAIN, &raw)
  }

  /// The width of the terminal, in columns; 80 when it cannot be told.
  var columns: Int {
    var size = winsize()
    guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
    return Int(size.ws_col)
  }

  /// Writes `text` to standard output at once, unbuffered.
  func write(_ text: String) {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { Glibc.write(1, $0.baseAddress, $0.count) }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else { return }
      bytes = bytes.dropFirst(written)
    }
  }

  /// The terminal's settings before raw mode. A signal handler reads it, so it is a global
  /// one: there is one standard input, and one `Terminal` over it at a time.
  nonisolated(unsafe) private static var original = termios()

  private static let endingSignals = [SIGTERM, SIGHUP, SIGQUIT, SIGINT]

  /// Restores the terminal, then lets `signal` do what it would have done (async-signal-safe
  /// calls only).
  private static let restoreAndEnd: @convention(c) (Int32) -> Void = { signal in
    tcsetattr(0, TCSADRAIN, &Terminal.original)
    Glibc.signal(signal, SIG_DFL)
    raise(signal)
  }
}
