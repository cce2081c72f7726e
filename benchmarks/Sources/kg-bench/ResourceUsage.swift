import Foundation

/// What the process has used so far.
enum ResourceUsage {
  /// The peak resident set size, in MiB.
  static var peakResidentMiB: Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1_024  // Linux reports KiB
  }

  /// A SQLite store's file and its -wal and -shm companions.
  static func storeFiles(_ path: String) -> [String] {
    ["", "-wal", "-shm"].map { path + $0 }
  }

  /// Deletes a store's files, so a benchmark starts from nothing.
  static func removeStore(_ path: String) {
    for file in storeFiles(path) { try? FileManager.default.removeItem(atPath: file) }
  }

  /// The combined size of a SQLite file and its -wal and -shm files, in MiB.
  static func fileMiB(_ path: String) -> Double {
    let bytes = storeFiles(path).compactMap {
      (try? FileManager.default.attributesOfItem(atPath: $0)[.size]) as? Int
    }.reduce(0, +)
    return Double(bytes) / 1_048_576
  }
}
