import Dispatch

/// Times single calls and summarises them as median and 99th percentile.
struct LatencySampler {
  /// Nanoseconds per call, in the order taken.
  private(set) var samples: [UInt64] = []

  init(capacity: Int) { samples.reserveCapacity(capacity) }

  /// Runs `body` once and records how long it took.
  mutating func time(_ body: () throws -> Void) rethrows {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    samples.append(DispatchTime.now().uptimeNanoseconds - start)
  }

  /// The `fraction` quantile in microseconds (0.5 for the median).
  func quantile(_ fraction: Double) -> Double {
    let sorted = samples.sorted()
    guard !sorted.isEmpty else { return .nan }
    return Double(sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]) / 1_000
  }
}
