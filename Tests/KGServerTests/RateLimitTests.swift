import ExerciseKG
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing

@testable import KGServer

/// Per-client token buckets.
@Suite struct RateLimitTests {
  @Test func aClientBeyondItsBurstIsToldWhenToRetry() async throws {
    // One token per 20 s: however slow a loaded machine, the bucket cannot refill meanwhile,
    // though the wait it announces shrinks by the seconds the first requests took.
    let configuration = ServerConfiguration(
      access: AccessTests.policy, rateLimit: RateLimit(requestsPerSecond: 0.05, burst: 2))
    try await API.test(configuration: configuration) { client in
      for _ in 0..<2 {
        #expect(try await client.send(.get, "/v1/goals", token: AccessTests.reader).status == .ok)
      }
      let limited = try await client.send(.get, "/v1/goals", token: AccessTests.reader)
      try limited.expectProblem(.tooManyRequests, "rate-limited")
      let retryAfter = try #require(limited.headers[.retryAfter].flatMap { Int($0) })
      #expect((1...20).contains(retryAfter))
      #expect(try await client.send(.get, "/v1/goals", token: AccessTests.writer).status == .ok)
      #expect(try await client.send(.get, "/healthz").status == .ok)
    }
  }

  @Test func bucketsRefillWithTime() throws {
    let limiter = RateLimiter(RateLimit(requestsPerSecond: 10, burst: 1))
    let start = ContinuousClock.now
    #expect(limiter.take(for: "a", at: start) == nil)
    let wait = try #require(limiter.take(for: "a", at: start))
    #expect((wait / .milliseconds(1)).rounded() == 100)
    #expect(limiter.take(for: "b", at: start) == nil)
    #expect(limiter.take(for: "a", at: start + .milliseconds(100)) == nil)
  }

  @Test func refilledBucketsAreForgottenAndBusyOnesKept() throws {
    let limiter = RateLimiter(RateLimit(requestsPerSecond: 1, burst: 1), sweepFloor: 4)
    let start = ContinuousClock.now
    // Four busy clients, each out of tokens: a sweep keeps them all.
    for client in ["a", "b", "c", "d"] { #expect(limiter.take(for: client, at: start) == nil) }
    #expect(limiter.take(for: "e", at: start) == nil)
    #expect(limiter.trackedClients == 5)
    #expect(limiter.take(for: "a", at: start) != nil)
    // The next sweep waits until there are twice as many as were kept (8), however many
    // have refilled in the meantime: sweeping stays O(1) a request on average.
    let later = start + .seconds(2)
    for client in ["f", "g", "h"] { #expect(limiter.take(for: client, at: later) == nil) }
    #expect(limiter.trackedClients == 8)
    #expect(limiter.take(for: "i", at: later) == nil)
    #expect(limiter.trackedClients == 4)
  }
}
