import Synchronization

/// A per-client token bucket: each client may make `burst` requests at once and
/// `requestsPerSecond` on average.
public struct RateLimit: Sendable, Equatable {
  public var requestsPerSecond: Double
  public var burst: Int

  public init(requestsPerSecond: Double, burst: Int) {
    self.requestsPerSecond = requestsPerSecond
    self.burst = burst
  }
}

/// The buckets of `RateLimit`, one per client, refilled as time passes.
final class RateLimiter: Sendable {
  private struct Bucket {
    var tokens: Double
    var updated: ContinuousClock.Instant
  }

  let limit: RateLimit
  private let buckets = Mutex<[String: Bucket]>([:])
  /// Beyond this many clients, the buckets that have refilled completely are forgotten.
  private static let trackedClients = 10_000

  init(_ limit: RateLimit) {
    self.limit = limit
  }

  /// Takes a token from `client`'s bucket: nil when there was one, else how long until there
  /// will be.
  func take(for client: String, at now: ContinuousClock.Instant = .now) -> Duration? {
    let capacity = Double(limit.burst)
    let rate = limit.requestsPerSecond
    return buckets.withLock { buckets in
      if buckets.count >= Self.trackedClients {
        buckets = buckets.filter { refilled($0.value, at: now, capacity, rate) < capacity }
      }
      var bucket = buckets[client] ?? Bucket(tokens: capacity, updated: now)
      bucket.tokens = refilled(bucket, at: now, capacity, rate)
      bucket.updated = now
      defer { buckets[client] = bucket }
      guard bucket.tokens >= 1 else { return .seconds((1 - bucket.tokens) / rate) }
      bucket.tokens -= 1
      return nil
    }
  }

  private func refilled(
    _ bucket: Bucket, at now: ContinuousClock.Instant, _ capacity: Double, _ rate: Double
  ) -> Double {
    min(capacity, bucket.tokens + (now - bucket.updated) / .seconds(1) * rate)
  }
}
