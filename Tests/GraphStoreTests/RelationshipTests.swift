import GraphModel
import GraphStore
import TestSupport
import Testing

@Suite struct RelationshipTests {
  let directory: TemporaryDirectory
  let store: GraphStore

  init() throws {
    directory = try TemporaryDirectory()
    store = try directory.makeStore()
  }

  @Test func aRelationshipReadsBackAndIsFoundFromBothEnds() throws {
    let (squat, quads, id) = try store.write { tx throws in
      let squat = try tx.createNode(labels: ["Exercise"])
      let quads = try tx.createNode(labels: ["MuscleGroup"])
      return (
        squat, quads,
        try tx.createRelationship(
          from: squat, to: quads, type: "TARGETS", properties: ["role": "primary"])
      )
    }
    try store.read { tx throws in
      #expect(
        try tx.relationship(id)
          == Relationship(
            id: id, start: squat, end: quads, type: "TARGETS", properties: ["role": "primary"]))
      #expect(try tx.neighbors(of: squat, direction: .outgoing).map(\.node) == [quads])
      #expect(try tx.neighbors(of: quads, direction: .incoming).map(\.node) == [squat])
      #expect(try tx.neighbors(of: squat, direction: .incoming) == [])
      #expect(try tx.property("role", ofRelationship: id) == "primary")
    }
  }

  @Test func expansionFiltersByTypeAndDirection() throws {
    let (exercise, muscles, bench) = try store.write { tx throws in
      let exercise = try tx.createNode()
      let muscles = try (0..<3).map { _ in try tx.createNode() }
      let bench = try tx.createNode()
      for muscle in muscles {
        try tx.createRelationship(from: exercise, to: muscle, type: "TARGETS")
      }
      try tx.createRelationship(from: exercise, to: bench, type: "REQUIRES")
      try tx.createRelationship(from: bench, to: exercise, type: "USED_BY")
      return (exercise, muscles, bench)
    }
    try store.read { tx throws in
      #expect(
        try tx.neighbors(of: exercise, direction: .outgoing, types: ["TARGETS"]).map(\.node)
          .sorted() == muscles)
      #expect(
        try tx.neighbors(of: exercise, direction: .outgoing, types: ["REQUIRES"]).map(\.node) == [
          bench
        ])
      #expect(try tx.neighbors(of: exercise, direction: .outgoing).count == 4)
      #expect(try tx.neighbors(of: exercise, direction: .both).count == 5)
      #expect(
        try tx.neighbors(of: exercise, direction: .outgoing, types: ["TARGETS", "REQUIRES"]).count
          == 4)
      #expect(try tx.neighbors(of: exercise, direction: .outgoing, types: ["NOPE"]) == [])
      #expect(try tx.degree(of: exercise, direction: .outgoing, types: ["TARGETS"]) == 3)
      #expect(try tx.degree(of: exercise, direction: .both) == 5)
      #expect(try tx.degree(of: exercise, direction: .incoming) == 1)
    }
  }

  @Test func aSelfLoopIsReportedOnceInBothDirections() throws {
    let (node, loop) = try store.write { tx throws in
      let node = try tx.createNode()
      return (node, try tx.createRelationship(from: node, to: node, type: "SELF"))
    }
    try store.read { tx throws in
      #expect(try tx.neighbors(of: node, direction: .both).map(\.relationship) == [loop])
      #expect(try tx.neighbors(of: node, direction: .outgoing).map(\.relationship) == [loop])
      #expect(try tx.neighbors(of: node, direction: .incoming).map(\.relationship) == [loop])
      #expect(try tx.degree(of: node, direction: .both) == 1)
    }
  }

  @Test func aRelationshipToAMissingNodeIsRefused() throws {
    let node = try store.write { try $0.createNode() }
    #expect(throws: StoreError.nodeNotFound(NodeID(999))) {
      try store.write { try $0.createRelationship(from: node, to: NodeID(999), type: "TARGETS") }
    }
    #expect(try store.read { try $0.relationshipCount() } == 0)
  }

  @Test func relationshipPropertiesAreUpdatedAndTheRelationshipDeleted() throws {
    let (a, b, id) = try store.write { tx throws in
      let a = try tx.createNode()
      let b = try tx.createNode()
      return (
        a, b,
        try tx.createRelationship(
          from: a, to: b, type: "CONTRAINDICATED", properties: ["severity": 2])
      )
    }
    try store.write {
      try $0.setProperties(["severity": 3, "reason": "shear on the knee"], onRelationship: id)
    }
    #expect(
      try store.read { try $0.relationship(id)?.properties } == [
        "severity": 3, "reason": "shear on the knee",
      ])
    try store.write { try $0.deleteRelationship(id) }
    try store.read { tx throws in
      #expect(try tx.relationship(id) == nil)
      #expect(try tx.neighbors(of: a, direction: .both) == [])
      #expect(try tx.degree(of: b, direction: .both) == 0)
    }
    #expect(throws: StoreError.relationshipNotFound(id)) {
      try store.write { try $0.deleteRelationship(id) }
    }
    let problems = try store.checkIntegrity().problems
    #expect(problems == [], "\(problems)")
  }

  @Test func relabellingANodeUpdatesTheBitmapsOfRowsPointingAtIt() throws {
    let (a, b) = try store.write { tx throws in
      let a = try tx.createNode(labels: ["Exercise"])
      let b = try tx.createNode()
      try tx.createRelationship(from: a, to: b, type: "TARGETS")
      try tx.createRelationship(from: b, to: a, type: "VARIANT_OF")
      try tx.createRelationship(from: b, to: b, type: "SELF")
      return (a, b)
    }
    try store.write { try $0.addLabel("MuscleGroup", toNode: b) }
    try store.write { try $0.removeLabel("Exercise", fromNode: a) }
    let problems = try store.checkIntegrity().problems
    #expect(problems == [], "\(problems)")
  }
}
