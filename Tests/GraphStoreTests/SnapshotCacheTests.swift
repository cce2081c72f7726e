import GraphModel
import GraphStore
import TestSupport
import Testing

/// Readers keep the rows they decoded between transactions; none of it may ever show a
/// reader anything but the latest committed graph.
@Suite struct SnapshotCacheTests {
  let directory: TemporaryDirectory

  init() throws { directory = try TemporaryDirectory() }

  /// A node and a relationship, each read once (and a label's node list, and an index seek) so
  /// that the reader has them cached.
  private func cachedPair(in store: GraphStore) throws -> (NodeID, NodeID, RelationshipID) {
    let (squat, legs, targets) = try store.write { tx throws in
      try tx.createPropertyIndex(label: "Exercise", key: "name")
      let squat = try tx.createNode(labels: ["Exercise"], properties: ["name": "Squat"])
      let legs = try tx.createNode(labels: ["MuscleGroup"], properties: ["name": "legs"])
      let targets = try tx.createRelationship(
        from: squat, to: legs, type: "TARGETS", properties: ["role": "primary"])
      return (squat, legs, targets)
    }
    try store.read { tx throws in
      #expect(try tx.property("name", ofNode: squat) == "Squat")
      #expect(try tx.property("role", ofRelationship: targets) == "primary")
      #expect(try tx.neighbors(of: squat, direction: .outgoing).map(\.node) == [legs])
      #expect(try tx.nodeIDs(withLabel: "MuscleGroup") == [legs])
      #expect(try tx.nodeIDs(withLabel: "Exercise") == [squat])
      #expect(try Self.exercises(named: "Squat", in: tx) == [squat])
    }
    return (squat, legs, targets)
  }

  /// Changes every kind of cached row: properties, labels, adjacency.
  private func change(
    _ store: GraphStore, _ squat: NodeID, _ legs: NodeID, _ targets: RelationshipID
  ) throws -> NodeID {
    try store.write { tx throws in
      try tx.setProperty("name", to: "Back Squat", onNode: squat)
      try tx.addLabel("Compound", toNode: squat)
      try tx.setProperty("role", to: "secondary", onRelationship: targets)
      let glutes = try tx.createNode(labels: ["MuscleGroup"], properties: ["name": "glutes"])
      try tx.createRelationship(from: squat, to: glutes, type: "TARGETS")
      return glutes
    }
  }

  private func expectChanged(
    _ store: GraphStore, _ squat: NodeID, _ legs: NodeID, _ glutes: NodeID,
    _ targets: RelationshipID
  ) throws {
    try store.read { tx throws in
      #expect(try tx.property("name", ofNode: squat) == "Back Squat")
      #expect(try tx.labels(of: squat) == ["Compound", "Exercise"])
      #expect(try tx.node(squat)?.properties == ["name": "Back Squat"])
      #expect(try tx.property("role", ofRelationship: targets) == "secondary")
      #expect(try tx.relationship(targets)?.properties == ["role": "secondary"])
      let reached = try tx.neighbors(of: squat, direction: .outgoing).map(\.node)
      #expect(Set(reached) == [legs, glutes])
      #expect(try tx.nodeIDs(withLabel: "MuscleGroup") == [legs, glutes])
      #expect(try tx.nodeIDs(withLabel: "Compound") == [squat])
      #expect(try Self.exercises(named: "Squat", in: tx) == [])
      #expect(try Self.exercises(named: "Back Squat", in: tx) == [squat])
    }
  }

  private static func exercises(named name: String, in tx: ReadTransaction) throws -> [NodeID] {
    try tx.nodes(withLabel: "Exercise", key: "name", matching: .equal(.string(name)))
  }

  @Test func aReadAfterAWriteSeesTheWriteInAFileStore() throws {
    let store = try directory.makeStore()
    let (squat, legs, targets) = try cachedPair(in: store)
    let glutes = try change(store, squat, legs, targets)
    try expectChanged(store, squat, legs, glutes, targets)
  }

  @Test func aReadAfterAWriteSeesTheWriteInAMemoryStore() throws {
    let store = try GraphStore(path: ":memory:")
    let (squat, legs, targets) = try cachedPair(in: store)
    let glutes = try change(store, squat, legs, targets)
    try expectChanged(store, squat, legs, glutes, targets)
  }

  @Test func aWriteThroughAnotherStoreOnTheSameFileIsSeen() throws {
    let store = try directory.makeStore()
    let (squat, legs, targets) = try cachedPair(in: store)
    let other = try directory.makeStore()
    let glutes = try change(other, squat, legs, targets)
    try expectChanged(store, squat, legs, glutes, targets)
  }

  @Test func aDeletedNodeIsGoneFromTheNextRead() throws {
    let store = try directory.makeStore()
    let (squat, legs, _) = try cachedPair(in: store)
    try store.write { try $0.deleteNode(squat, detach: true) }
    try store.read { tx throws in
      #expect(try tx.node(squat) == nil)
      #expect(try tx.nodeIDs(withLabel: "Exercise") == [])
      #expect(try tx.neighbors(of: legs, direction: .incoming) == [])
      #expect(try Self.exercises(named: "Squat", in: tx) == [])
      #expect(throws: StoreError.nodeNotFound(squat)) { try tx.property("name", ofNode: squat) }
    }
  }

  @Test func aDerivedValueIsComputedOncePerVersionOfTheGraph() throws {
    for store in [try directory.makeStore(), try GraphStore(path: ":memory:")] {
      var computed = 0
      let count = { (tx: ReadTransaction) throws -> Int in
        try tx.derived("exercises") {
          computed += 1
          return try tx.nodeIDs(withLabel: "Exercise").count
        }
      }
      _ = try cachedPair(in: store)
      #expect(try store.read(count) == 1)
      #expect(try store.read(count) == 1)
      #expect(computed == 1)
      try store.write { _ = try $0.createNode(labels: ["Exercise"], properties: [:]) }
      #expect(try store.read(count) == 2)
      #expect(computed == 2)
    }
  }

  @Test func aCacheSmallerThanTheGraphStillReadsEverything() throws {
    let store = try GraphStore(
      path: directory.path("small.sqlite"),
      configuration: StoreConfiguration(snapshotCacheRows: 2))
    let (ids, relationshipIDs) = try store.write { tx throws in
      let ids = try (0..<10).map {
        try tx.createNode(labels: ["N"], properties: ["n": .integer($0)])
      }
      let relationshipIDs = try (0..<10).map {
        try tx.createRelationship(
          from: ids[$0], to: ids[($0 + 1) % 10], type: "NEXT",
          properties: ["n": .integer(Int64($0))])
      }
      return (ids, relationshipIDs)
    }
    for _ in 0..<2 {
      try store.read { tx throws in
        let values = try ids.map { try tx.property("n", ofNode: $0) }
        #expect(values == (0..<10).map { Value.integer($0) })
        let relationshipValues = try relationshipIDs.map {
          try tx.property("n", ofRelationship: $0)
        }
        #expect(relationshipValues == (0..<10).map { Value.integer($0) })
      }
    }
  }
}
