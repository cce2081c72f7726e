import Foundation

/// The entries made, oldest first, kept in a file across sessions (`~/.kg_history` unless
/// `KG_HISTORY` names another): one line each, a statement typed on several lines put on one
/// by the REPL (`HistoryLine`). An entry that starts with a space is not kept,
/// as in bash, nor one that repeats the one before it.
final class History {
  /// How many entries the file keeps.
  static let capacity = 1000

  private(set) var entries: [String]
  private let path: String?

  /// The history file kg uses: `$KG_HISTORY`, else `~/.kg_history`; `nil` when `KG_HISTORY`
  /// is empty (no history kept).
  static var defaultPath: String? {
    let environment = ProcessInfo.processInfo.environment
    if let path = environment["KG_HISTORY"] { return path.isEmpty ? nil : path }
    return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".kg_history")
      .path
  }

  /// Reads the history in `path`, if there is one.
  init(path: String?) {
    self.path = path
    let text = path.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) } ?? ""
    entries = Array(text.split(separator: "\n").map(String.init).suffix(Self.capacity))
  }

  /// Keeps `line` unless it starts with a space, is blank or repeats the last one, and saves
  /// the history.
  func add(_ line: String) {
    guard !line.hasPrefix(" "), !line.allSatisfy(\.isWhitespace), line != entries.last else {
      return
    }
    entries.append(line)
    if entries.count > Self.capacity { entries.removeFirst(entries.count - Self.capacity) }
    save()
  }

  /// Writes the whole history, readable by its owner only (it can hold parameters). A history
  /// that cannot be written is not worth interrupting the session for.
  private func save() {
    guard let path else { return }
    let text = entries.joined(separator: "\n") + "\n"
    _ = FileManager.default.createFile(
      atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
  }
}
