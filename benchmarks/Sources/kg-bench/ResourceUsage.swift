import Foundation

/// What the process has used so far.
enum ResourceUsage {
  /// The peak resident set size, in MiB.
  static var peakResidentMiB: Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1_024  // Linux reports KiB
  }

  /// The combined size of a SQLite file and its -wal and -shm files, in MiB.
  static func fileMiB(_ path: String) -> Double {
    let bytes = ["", "-wal", "-shm"].compactMap {
      (try? FileManager.default.attributesOfItem(atPath: path + $0)[.size]) as? Int
    }.reduce(0, +)
    return Double(bytes) / 1_048_576
  }
}
