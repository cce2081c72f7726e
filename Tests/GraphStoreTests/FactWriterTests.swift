import GraphModel
import GraphStore
import TestSupport
import Testing

/// The fact writer keeps one relationship per statement, however the run's writes fall.
@Suite struct FactWriterTests {
  private static let count = 5_000

  private func targets(_ index: Int) -> GraphFact {
    .relationship(
      type: "TARGETS", from: "http://example.org/e\(index)",
      to: "http://example.org/m\(index % 17)", properties: [:])
  }

  @Test func aRelationshipStatedAgainAfterItWasWrittenIsNotCreatedTwice() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.makeStore()
    let summary = try store.write { transaction in
      let writer = try transaction.factWriter(source: "gym.owx")
      for index in 0..<Self.count { try writer.apply(targets(index)) }
      // Enough is buffered for this to write it: the statements below find it in the store.
      try writer.writeAhead()
      for index in 0..<Self.count { try writer.apply(targets(index)) }
      return try writer.finish()
    }
    #expect(summary.relationshipsCreated == Self.count)
    #expect(try store.read { try $0.relationshipCount(ofType: "TARGETS") } == Self.count)
  }

  @Test func aKeyMetAgainAfterTheKeyCacheForgotItIsTheSameNode() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.makeStore()
    // More keys than the writer keeps in memory (65,536), so the first ones are looked up again.
    let keys = 70_000
    let summary = try store.write { transaction in
      let writer = try transaction.factWriter(source: "gym.owx")
      for index in 0..<keys { try writer.apply(.node(key: "http://example.org/n\(index)")) }
      for index in 0..<100 {
        try writer.apply(.label("Exercise", node: "http://example.org/n\(index)"))
      }
      return try writer.finish()
    }
    #expect(summary.nodesCreated == keys)
    #expect(try store.read { try $0.nodeCount() } == keys)
    #expect(try store.read { try $0.nodeCount(withLabel: "Exercise") } == 100)
  }
}
