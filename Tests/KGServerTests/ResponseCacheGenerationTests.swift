import NIOCore
import Testing

@testable import KGServer

/// `ResponseCache`'s bounds: two generations of answers, and one version of the graph.
@Suite struct ResponseCacheGenerationTests {
  /// An answer of 100 bytes; with its tag (34 bytes), question and entry it costs 199 bytes, so
  /// three fit in a generation of 600.
  static let answer = TaggedJSON(ByteBuffer(repeating: UInt8(ascii: "x"), count: 100))

  @Test func answersAskedForAgainStayAndTheRestAgeOut() {
    let cache = ResponseCache<Int>(budget: 1_200)
    for question in 1...4 { cache.store(Self.answer, for: question, version: 7) }
    // 4 started a new generation; 1 is found in the older one and moves to the newer.
    #expect(cache.answer(to: 1, version: 7)?.body == Self.answer.body)
    for question in 5...6 { cache.store(Self.answer, for: question, version: 7) }
    // 6 started another generation: 2 and 3, never asked for again, are gone.
    #expect(cache.answer(to: 2, version: 7) == nil)
    #expect(cache.answer(to: 3, version: 7) == nil)
    for question in [1, 4, 5, 6] { #expect(cache.answer(to: question, version: 7) != nil) }
  }

  @Test func anotherVersionOfTheGraphFindsNothingAndReplacesEverything() {
    let cache = ResponseCache<Int>(budget: 1_200)
    cache.store(Self.answer, for: 1, version: 7)
    #expect(cache.answer(to: 1, version: 8) == nil)
    cache.store(Self.answer, for: 2, version: 8)
    #expect(cache.answer(to: 1, version: 7) == nil)
    #expect(cache.answer(to: 2, version: 8)?.body == Self.answer.body)
  }

  @Test func anAnswerLargerThanAGenerationIsNotKept() {
    let cache = ResponseCache<Int>(budget: 200)
    cache.store(Self.answer, for: 1, version: 7)
    #expect(cache.answer(to: 1, version: 7) == nil)
  }
}
