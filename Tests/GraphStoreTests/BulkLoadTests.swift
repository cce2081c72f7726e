import GraphModel
import GraphStore
import Testing

@Suite struct BulkLoadTests {
  let directory: TemporaryDirectory
  let store: GraphStore

  init() throws {
    directory = try TemporaryDirectory()
    store = try directory.makeStore()
  }

  @Test func aBulkLoadGivesTheSameGraphAsOrdinaryWrites() throws {
    let existing = try store.write {
      try $0.createNode(labels: ["Goal"], properties: ["name": "Strength"])
    }
    try store.write { try $0.createPropertyIndex(label: "Exercise", key: "name") }
    let exercises = try store.bulkLoad { loader in
      let muscle = try loader.addNode(labels: ["MuscleGroup"], properties: ["name": "chest"])
      return try (0..<100).map { index -> NodeID in
        let exercise = try loader.addNode(
          labels: ["Exercise"], properties: ["name": .string("press \(index)")])
        try loader.addRelationship(
          from: exercise, to: muscle, type: "TARGETS", properties: ["role": "primary"])
        try loader.addRelationship(
          from: exercise, to: existing, type: "TARGETS", properties: ["weight": 0.5])
        return exercise
      }
    }
    try store.read { tx throws in
      #expect(try tx.nodeCount() == 102)
      #expect(try tx.nodeCount(withLabel: "Exercise") == 100)
      #expect(try tx.relationshipCount(ofType: "TARGETS") == 200)
      #expect(try tx.degree(of: existing, direction: .incoming, types: ["TARGETS"]) == 100)
      #expect(try tx.neighbors(of: exercises[7], direction: .outgoing).count == 2)
      #expect(
        try tx.nodes(withLabel: "Exercise", key: "name", matching: .equal("press 7")) == [
          exercises[7]
        ])
    }
    let problems = try store.checkIntegrity().problems
    #expect(problems == [], "\(problems)")
  }

  @Test func aDanglingRelationshipFailsTheWholeLoad() throws {
    #expect(throws: StoreError.nodeNotFound(NodeID(500))) {
      try store.bulkLoad { loader in
        let node = try loader.addNode(labels: ["Exercise"])
        try loader.addRelationship(from: node, to: NodeID(500), type: "TARGETS")
      }
    }
    #expect(try store.read { try $0.nodeCount() } == 0)
    #expect(try store.read { try $0.relationshipCount() } == 0)
  }
}
