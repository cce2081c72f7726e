import Testing

@testable import GraphStore

@Suite struct BloomFilterTests {
  private func hash(_ a: Int64, _ b: Int64, _ c: Int64) -> UInt64 {
    BloomFilter.mix(BloomFilter.mix(BloomFilter.mix(0, a), b), c)
  }

  @Test func itNeverForgetsAndRarelyImagines() {
    let filter = BloomFilter()
    let stored = 200_000
    for start in 0..<Int64(stored) {
      filter.insert(hash(start, 3, start * 7 + 1))
    }
    // No false negatives, across the filters it grew into.
    #expect(
      (0..<Int64(stored)).allSatisfy { filter.mayContain(hash($0, 3, $0 * 7 + 1)) })
    // Few false positives: other types and other ends were never inserted.
    let imagined = (0..<Int64(stored)).filter {
      filter.mayContain(hash($0, 4, $0 * 7 + 1))
        || filter.mayContain(hash($0, 3, $0 * 7 + 2))
    }
    #expect(Double(imagined.count) / Double(2 * stored) < 0.02)
  }
}
