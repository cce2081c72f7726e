import GraphModel
import GraphStore
import TestSupport
import Testing

@Suite struct PropertyIndexTests {
  let directory: TemporaryDirectory
  let store: GraphStore
  let levels: [NodeID: Value]

  init() throws {
    directory = try TemporaryDirectory()
    store = try directory.makeStore()
    let values: [Value] = [1, 2, 2.5, 3, "beginner", "expert", true, [1, 2], 2.0]
    levels = try store.write { tx in
      var levels: [NodeID: Value] = [:]
      for value in values {
        levels[try tx.createNode(labels: ["Exercise"], properties: ["level": value])] = value
      }
      try tx.createNode(labels: ["Exercise"])
      try tx.createNode(labels: ["Other"], properties: ["level": 2])
      return levels
    }
  }

  private func ids(_ wanted: [Value]) -> [NodeID] {
    levels.filter { wanted.contains($0.value) }.keys.sorted()
  }

  private static let predicates: [(PropertyPredicate, [Value])] = [
    (.equal(2), [2, 2.0]),
    (.equal(2.0), [2, 2.0]),
    (.equal("expert"), ["expert"]),
    (.equal(true), [true]),
    (.equal([1, 2]), []),
    (.equal(nil), []),
    (.range(lower: RangeBound(2, isInclusive: true), upper: nil), [2, 2.0, 2.5, 3]),
    (
      .range(lower: RangeBound(2, isInclusive: false), upper: RangeBound(3, isInclusive: false)),
      [2.5]
    ),
    (.range(lower: nil, upper: RangeBound(2.5, isInclusive: true)), [1, 2, 2.0, 2.5]),
    (.range(lower: RangeBound("c", isInclusive: true), upper: nil), ["expert"]),
    (
      .range(lower: RangeBound(1, isInclusive: true), upper: RangeBound("z", isInclusive: true)), []
    ),
  ]

  @Test func theIndexAndTheScanAgreeOnEveryPredicate() throws {
    for (predicate, expected) in Self.predicates {
      let scanned = try store.read {
        try $0.nodes(withLabel: "Exercise", key: "level", matching: predicate)
      }
      #expect(scanned.sorted() == ids(expected), "scan for \(predicate)")
    }
    try store.write { try $0.createPropertyIndex(label: "Exercise", key: "level") }
    for (predicate, expected) in Self.predicates {
      let sought = try store.read {
        try $0.nodes(withLabel: "Exercise", key: "level", matching: predicate)
      }
      #expect(sought.sorted() == ids(expected), "seek for \(predicate)")
    }
  }

  @Test func aLookupUsesTheIndexOnlyWhileItExists() throws {
    let lookup = {
      try store.read { try $0.nodes(withLabel: "Exercise", key: "level", matching: .equal(3)) }
    }
    _ = try lookup()
    #expect((store.counters.labelScans, store.counters.propertyIndexSeeks) == (1, 0))
    try store.write { try $0.createPropertyIndex(label: "Exercise", key: "level") }
    #expect(try lookup() == ids([3]))
    #expect((store.counters.labelScans, store.counters.propertyIndexSeeks) == (1, 1))
    try store.write { try $0.dropPropertyIndex(label: "Exercise", key: "level") }
    #expect(try lookup() == ids([3]))
    #expect((store.counters.labelScans, store.counters.propertyIndexSeeks) == (2, 1))
  }

  @Test func theIndexFollowsEveryKindOfChange() throws {
    try store.write { try $0.createPropertyIndex(label: "Exercise", key: "level") }
    let three = ids([3])[0]
    let one = ids([1])[0]
    try store.write { tx throws in
      try tx.setProperty("level", to: 4, onNode: three)
      try tx.removeLabel("Exercise", fromNode: one)
      try tx.createNode(labels: ["Exercise"], properties: ["level": 4])
    }
    let fours = try store.read {
      try $0.nodes(withLabel: "Exercise", key: "level", matching: .equal(4))
    }
    #expect(fours.count == 2 && fours.contains(three))
    #expect(
      try store.read { try $0.nodes(withLabel: "Exercise", key: "level", matching: .equal(1)) }
        == [])
    try store.write { try $0.deleteNode(three) }
    #expect(
      try store.read { try $0.nodes(withLabel: "Exercise", key: "level", matching: .equal(4)) }
        .count == 1)
    try store.write { try $0.addLabel("Exercise", toNode: one) }
    #expect(
      try store.read { try $0.nodes(withLabel: "Exercise", key: "level", matching: .equal(1)) } == [
        one
      ])
    let problems = try store.checkIntegrity().problems
    #expect(problems == [], "\(problems)")
  }

  @Test func indexesAreListedAndCannotBeCreatedTwiceOrDroppedWhenMissing() throws {
    try store.write { try $0.createPropertyIndex(label: "Exercise", key: "level") }
    #expect(
      try store.read { try $0.propertyIndexes() } == [
        PropertyIndexDescription(label: "Exercise", key: "level")
      ])
    #expect(throws: StoreError.indexExists(":Exercise(level)")) {
      try store.write { try $0.createPropertyIndex(label: "Exercise", key: "level") }
    }
    #expect(throws: StoreError.indexNotFound(":Exercise(name)")) {
      try store.write { try $0.dropPropertyIndex(label: "Exercise", key: "name") }
    }
  }
}
