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

  /// The buckets, and the number of them at which those that have refilled completely are
  /// next forgotten: twice what the last sweep kept (and at least `sweepFloor`), so that
  /// sweeping costs a request O(1) on average even when every client is busy.
  private struct Buckets {
    var byClient: [String: Bucket] = [:]
    var sweepAt: Int
  }

  let limit: RateLimit
  private let sweepFloor: Int
  private let buckets: Mutex<Buckets>

  init(_ limit: RateLimit, sweepFloor: Int = 10_000) {
    self.limit = limit
    self.sweepFloor = sweepFloor
    buckets = Mutex(Buckets(sweepAt: sweepFloor))
  }

  /// How many clients have a bucket.
  var trackedClients: Int { buckets.withLock { $0.byClient.count } }

  /// Takes a token from `client`'s bucket: nil when there was one, else how long until there
  /// will be.
  func take(for client: String, at now: ContinuousClock.Instant = .now) -> Duration? {
    let capacity = Double(limit.burst)
    let rate = limit.requestsPerSecond
    return buckets.withLock { buckets in
      if buckets.byClient.count >= buckets.sweepAt {
        buckets.byClient = buckets.byClient.filter {
          refilled($0.value, at: now, capacity, rate) < capacity
        }
        buckets.sweepAt = max(sweepFloor, 2 * buckets.byClient.count)
      }
      var bucket = buckets.byClient[client] ?? Bucket(tokens: capacity, updated: now)
      bucket.tokens = refilled(bucket, at: now, capacity, rate)
      bucket.updated = now
      defer { buckets.byClient[client] = bucket }
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
