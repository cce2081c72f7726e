import ExerciseKG
import Foundation
import Synchronization

/// The line `kg import` redraws on standard error while it reads large files on a terminal:
/// the file, a bar, the share read, the bytes and the axioms so far.
final class ImportProgressBar: Sendable {
  /// Files smaller than this import too quickly to need a bar.
  static let minimumBytes = 1 << 20
  /// The least time between two redraws.
  static let interval = Duration.milliseconds(100)

  private let lastDrawn = Mutex<ContinuousClock.Instant?>(nil)

  /// A bar for importing `files`, or `nil` when standard error is not a terminal or the files
  /// are small.
  init?(files: [String]) {
    guard isatty(2) == 1 else { return nil }
    let sizes = files.map { (try? FileManager.default.attributesOfItem(atPath: $0))?[.size] }
    guard sizes.compactMap({ $0 as? Int }).reduce(0, +) >= Self.minimumBytes else { return nil }
  }

  /// Redraws the line, at most once per `interval`.
  func show(_ progress: ImportProgress) {
    let now = ContinuousClock.now
    let due = lastDrawn.withLock { last in
      if let last, now - last < Self.interval { return false }
      last = now
      return true
    }
    if due { draw("\r" + Self.line(progress) + "\u{1B}[K") }
  }

  /// Clears the line, for the report to follow.
  func finish() {
    draw("\r\u{1B}[K")
  }

  /// `exercises.owx  ████████░░░░  40%  1.2 MiB / 3 MiB  5120 axioms`.
  static func line(_ progress: ImportProgress, width: Int = 30) -> String {
    let name = URL(fileURLWithPath: progress.file).lastPathComponent
    let axioms = "\(progress.axioms) axioms"
    guard let total = progress.totalBytes, total > 0 else { return "\(name)  \(axioms)" }
    let fraction = min(1, Double(progress.bytesRead) / Double(total))
    let filled = Int(fraction * Double(width))
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    let bytes = "\(StatsReport.byteCount(progress.bytesRead)) / \(StatsReport.byteCount(total))"
    return "\(name)  \(bar) \(Int(fraction * 100))%  \(bytes)  \(axioms)"
  }

  private func draw(_ text: String) {
    var standardError = StandardError()
    standardError.write(text)
  }
}
