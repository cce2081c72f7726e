import GraphModel
import GraphStore
import SQLiteDB
import TestSupport
import Testing

@Suite struct IntegrityTests {
  let directory: TemporaryDirectory
  let store: GraphStore

  init() throws {
    directory = try TemporaryDirectory()
    store = try directory.makeStore()
    try store.write { tx throws in
      let squat = try tx.createNode(labels: ["Exercise"], properties: ["name": "Squat"])
      let quads = try tx.createNode(labels: ["MuscleGroup"], properties: ["name": "quadriceps"])
      try tx.createRelationship(
        from: squat, to: quads, type: "TARGETS", properties: ["role": "primary"])
      try tx.createPropertyIndex(label: "Exercise", key: "name")
    }
  }

  @Test func aSoundStoreHasNoProblems() throws {
    #expect(try store.checkIntegrity().problems == [])
  }

  @Test(arguments: [
    (
      "DELETE FROM adjacency_in",
      [
        "1 relationships without their incoming adjacency row",
        "1 degree rows that disagree with the adjacency",
      ]
    ),
    (
      "DELETE FROM node WHERE id = 2",
      [
        "1 relationships with a missing start or end node",
        "1 label statistics that disagree with the label rows",
        "1 label rows for missing nodes or labels",
      ]
    ),
    (
      "UPDATE adjacency_out SET relationship = 9",
      [
        "1 relationships without their outgoing adjacency row",
        "1 adjacency rows without their relationship",
      ]
    ),
    (
      "UPDATE adjacency_out SET neighbor_bits = 0",
      ["1 adjacency rows whose far-node label bitmap is stale"]
    ),
    (
      "UPDATE type_statistics SET relationships = 5",
      ["2 type statistics that disagree with the relationships"]
    ),
    (
      "DELETE FROM property_index_entry",
      ["property index :Exercise(name) has 0 entries, expected 1"]
    ),
    (
      "UPDATE node SET label_bits = 0 WHERE id = 1",
      [
        "1 adjacency rows whose far-node label bitmap is stale",
        "node 1: label bitmap does not match its labels",
      ]
    ),
  ])
  func aBrokenInvariantIsReported(_ damage: String, _ expected: [String]) throws {
    try Connection(path: store.path).execute(damage)
    #expect(try store.checkIntegrity().problems == expected)
  }
}
