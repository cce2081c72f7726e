import GraphModel
import GraphStore
import TestSupport
import Testing

/// `WriteTransaction.recordChanges()`: the state before of exactly what a write touches.
@Suite struct ChangeLogTests {
  let directory: TemporaryDirectory
  let store: GraphStore

  init() throws {
    directory = try TemporaryDirectory()
    store = try directory.makeStore()
  }

  @Test func keepsTheFirstStateOfEachTouchedEntityAndNothingElse() throws {
    let (squat, legs, untouched, targets) = try store.write { tx in
      let squat = try tx.createNode(labels: ["Exercise"], properties: ["name": "Squat"])
      let legs = try tx.createNode(labels: ["MuscleGroup"], properties: ["name": "legs"])
      let untouched = try tx.createNode(labels: ["Goal"])
      let targets = try tx.createRelationship(
        from: squat, to: legs, type: "TARGETS", properties: ["role": "primary"])
      return (squat, legs, untouched, targets)
    }
    let log = try store.write { tx in
      #expect(tx.changeLog == nil)
      try tx.recordChanges()
      try tx.setProperty("name", to: "Back Squat", onNode: squat)
      try tx.setProperty("name", to: "Front Squat", onNode: squat)
      try tx.addLabel("Compound", toNode: squat)
      let created = try tx.createNode(labels: ["Exercise"])
      try tx.setProperty("name", to: "Lunge", onNode: created)
      try tx.deleteNode(legs, detach: true)
      return try #require(tx.changeLog)
    }
    #expect(Set(log.nodesBefore.keys).count == 3)
    #expect(
      log.nodesBefore[squat]
        == .some(Node(id: squat, labels: ["Exercise"], properties: ["name": "Squat"])))
    #expect(log.nodesBefore[legs]??.properties == ["name": "legs"])
    #expect(log.nodesBefore.values.filter { $0 == nil }.count == 1)
    #expect(log.nodesBefore[untouched] == nil)
    #expect(log.relationshipsBefore[targets]??.properties == ["role": "primary"])
    #expect(log.labelsBefore == ["Exercise": 1, "MuscleGroup": 1, "Goal": 1])
  }
}
