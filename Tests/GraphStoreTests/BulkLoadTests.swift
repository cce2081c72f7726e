import GraphModel
import TestSupport
import Testing

@testable import GraphStore

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

  @Test func aLoadNeverReusesTheIDOfADeletedRelationship() throws {
    let deleted = try store.write { tx in
      let a = try tx.createNode()
      try tx.createRelationship(from: a, to: a, type: "SELF")
      let last = try tx.createRelationship(from: a, to: a, type: "SELF")
      try tx.deleteRelationship(last)
      return last
    }
    let loaded = try store.bulkLoad { loader in
      let node = try loader.addNode()
      return try loader.addRelationship(from: node, to: node, type: "SELF")
    }
    #expect(loaded.rawValue > deleted.rawValue)
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

  @Test func loadsCrossingManyBatchesAndChunksKeepEveryInvariant() throws {
    // 7 chunks of 300 relationships and many 256-row statements; the hubs' degree runs span chunks.
    let (hubs, spokes) = try store.bulkLoad(chunkSize: 300) { loader in
      let hubs = try (0..<3).map {
        try loader.addNode(labels: ["Goal"], properties: ["n": .integer(Int64($0))])
      }
      var spokes: [NodeID] = []
      for index in 0..<700 {
        let spoke = try loader.addNode(labels: ["Exercise"])
        try loader.addRelationship(
          from: spoke, to: hubs[index % 3], type: "TARGETS", properties: ["weight": 0.5])
        try loader.addRelationship(from: spoke, to: hubs[(index + 1) % 3], type: "TARGETS")
        if let previous = spokes.last {
          try loader.addRelationship(from: spoke, to: previous, type: "VARIANT_OF")
        }
        spokes.append(spoke)
      }
      return (hubs, spokes)
    }
    try store.read { tx throws in
      #expect(try tx.relationshipCount() == 2_099)
      #expect(
        try hubs.map { try tx.degree(of: $0, direction: .incoming, types: ["TARGETS"]) } == [
          467, 467, 466,
        ])
      #expect(try tx.neighbors(of: hubs[0], direction: .incoming).count == 467)
      #expect(try tx.degree(of: spokes[350], direction: .both) == 4)
      #expect(
        try tx.neighbors(of: spokes[350], direction: .outgoing, types: ["VARIANT_OF"]).map(\.node)
          == [spokes[349]])
    }
    let problems = try store.checkIntegrity().problems
    #expect(problems == [], "\(problems)")
  }
}
