import NIOCore
import Testing

@testable import KGServer

/// `ResponseCache`'s bounds: two generations of answers, and one version of the graph.
@Suite struct ResponseCacheGenerationTests {
  /// An answer of 100 bytes; with its question and entry it costs 166 bytes, so three fit in
  /// a generation of 500.
  static let answer = ByteBuffer(repeating: UInt8(ascii: "x"), count: 100)

  @Test func answersAskedForAgainStayAndTheRestAgeOut() {
    let cache = ResponseCache<Int>(budget: 1_000)
    for question in 1...4 { cache.store(Self.answer, for: question, version: 7) }
    // 4 started a new generation; 1 is found in the older one and moves to the newer.
    #expect(cache.body(for: 1, version: 7) == Self.answer)
    for question in 5...6 { cache.store(Self.answer, for: question, version: 7) }
    // 6 started another generation: 2 and 3, never asked for again, are gone.
    #expect(cache.body(for: 2, version: 7) == nil)
    #expect(cache.body(for: 3, version: 7) == nil)
    for question in [1, 4, 5, 6] { #expect(cache.body(for: question, version: 7) != nil) }
  }

  @Test func anotherVersionOfTheGraphFindsNothingAndReplacesEverything() {
    let cache = ResponseCache<Int>(budget: 1_000)
    cache.store(Self.answer, for: 1, version: 7)
    #expect(cache.body(for: 1, version: 8) == nil)
    cache.store(Self.answer, for: 2, version: 8)
    #expect(cache.body(for: 1, version: 7) == nil)
    #expect(cache.body(for: 2, version: 8) == Self.answer)
  }

  @Test func anAnswerLargerThanAGenerationIsNotKept() {
    let cache = ResponseCache<Int>(budget: 200)
    cache.store(Self.answer, for: 1, version: 7)
    #expect(cache.body(for: 1, version: 7) == nil)
  }
}
