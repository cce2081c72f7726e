import GraphModel
import GraphStore
import TestSupport
import Testing

/// The fact writer keeps one relationship per statement, however the run's writes fall.
@Suite struct FactWriterTests {
  private static let count = 5_000

  private func targets(_ index: Int, properties: [String: Value] = [:]) -> GraphFact {
    .relationship(
      type: "TARGETS", from: "http://example.org/e\(index)",
      to: "http://example.org/m\(index % 17)", properties: properties)
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

  @Test func propertiesStatedAgainAddUpWhetherTheRowWaitsForItsBatchOrNot() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.makeStore()
    // Rows are written 256 at a time: of 1,000, the first 768 are written, the rest wait.
    try store.write { transaction in
      let writer = try transaction.factWriter(source: "gym.rdf")
      for index in 0..<1_000 { try writer.apply(targets(index)) }
      for index in [0, 500, 998, 999] {
        try writer.apply(targets(index, properties: ["role": .string("primary")]))
      }
      try writer.apply(targets(999, properties: ["weight": .float(0.5)]))
      try writer.apply(targets(998, properties: ["role": .null]))
      try writer.apply(targets(0, properties: ["role": .null, "weight": .float(0.25)]))
      _ = try writer.finish()
    }
    let properties = try store.read { transaction in
      var byStart: [String: [String: Value]] = [:]
      try transaction.forEachRelationshipID { id in
        guard let relationship = try transaction.relationship(id),
          case .string(let start) = try transaction.property("iri", ofNode: relationship.start)
        else { return }
        byStart[start] = relationship.properties
      }
      return byStart
    }
    #expect(properties.count == 1_000)
    #expect(properties["http://example.org/e0"] == ["weight": .float(0.25)])
    #expect(properties["http://example.org/e1"] == [:])
    #expect(properties["http://example.org/e500"] == ["role": .string("primary")])
    #expect(properties["http://example.org/e998"] == [:])
    #expect(
      properties["http://example.org/e999"] == ["role": .string("primary"), "weight": .float(0.5)])
  }
}
