import Testing

@testable import GraphStore

@Suite struct RelationshipFilterTests {
  @Test func itNeverForgetsAndRarelyImagines() {
    var filter = RelationshipFilter()
    let stored = 200_000
    for start in 0..<Int64(stored) {
      filter.insert(start: start, type: 3, end: start * 7 + 1)
    }
    // No false negatives, across the filters it grew into.
    #expect(
      (0..<Int64(stored)).allSatisfy { filter.mayContain(start: $0, type: 3, end: $0 * 7 + 1) })
    // Few false positives: other types and other ends were never inserted.
    let imagined = (0..<Int64(stored)).filter {
      filter.mayContain(start: $0, type: 4, end: $0 * 7 + 1)
        || filter.mayContain(start: $0, type: 3, end: $0 * 7 + 2)
    }
    #expect(Double(imagined.count) / Double(2 * stored) < 0.02)
  }
}
