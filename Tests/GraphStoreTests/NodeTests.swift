import GraphModel
import GraphStore
import TestSupport
import Testing

@Suite struct NodeTests {
  let directory: TemporaryDirectory
  let store: GraphStore

  init() throws {
    directory = try TemporaryDirectory()
    store = try directory.makeStore()
  }

  @Test func aCreatedNodeReadsBackWithItsLabelsAndProperties() throws {
    let id = try store.write {
      try $0.createNode(
        labels: ["Exercise", "Compound"], properties: ["name": "Squat", "level": "beginner"])
    }
    let node = try store.read { try $0.node(id) }
    #expect(
      node
        == Node(
          id: id, labels: ["Compound", "Exercise"],
          properties: ["name": "Squat", "level": "beginner"]))
  }

  @Test func nodeIDsAreStableAcrossReopening() throws {
    let ids = try store.write { tx in
      try (0..<3).map { try tx.createNode(properties: ["n": .integer($0)]) }
    }
    let reopened = try GraphStore(path: store.path)
    for (index, id) in ids.enumerated() {
      #expect(try reopened.read { try $0.property("n", ofNode: id) } == .integer(Int64(index)))
    }
  }

  @Test func aMissingNodeReadsAsNil() throws {
    #expect(try store.read { try $0.node(NodeID(42)) } == nil)
    #expect(throws: StoreError.nodeNotFound(NodeID(42))) {
      try store.read { try $0.labels(of: NodeID(42)) }
    }
  }

  @Test func propertiesAreSetMergedReplacedAndRemoved() throws {
    let id = try store.write { try $0.createNode(properties: ["a": 1, "b": 2]) }
    try store.write { try $0.setProperty("c", to: 3, onNode: id) }
    #expect(try store.read { try $0.node(id)?.properties } == ["a": 1, "b": 2, "c": 3])
    try store.write { try $0.setProperties(["a": 10, "b": nil], onNode: id) }
    #expect(try store.read { try $0.node(id)?.properties } == ["a": 10, "c": 3])
    try store.write { try $0.setProperties(["z": "only"], onNode: id, replacingAll: true) }
    #expect(try store.read { try $0.node(id)?.properties } == ["z": "only"])
    try store.write { try $0.setProperty("z", to: nil, onNode: id) }
    #expect(try store.read { try $0.node(id)?.properties } == [:])
  }

  @Test func labelsAreAddedAndRemoved() throws {
    let id = try store.write { try $0.createNode(labels: ["Exercise"]) }
    #expect(try store.write { try $0.addLabel("Stretch", toNode: id) })
    #expect(try store.write { try $0.addLabel("Stretch", toNode: id) } == false)
    #expect(try store.read { try $0.labels(of: id) } == ["Exercise", "Stretch"])
    #expect(try store.write { try $0.removeLabel("Exercise", fromNode: id) })
    #expect(try store.write { try $0.removeLabel("Unknown", fromNode: id) } == false)
    #expect(try store.read { try $0.labels(of: id) } == ["Stretch"])
    #expect(try store.read { try $0.nodeIDs(withLabel: "Exercise") } == [])
    #expect(try store.read { try $0.nodeIDs(withLabel: "Stretch") } == [id])
  }

  @Test func labelScansFindExactlyTheLabelledNodes() throws {
    let (exercises, muscle) = try store.write { tx throws in
      (
        try [tx.createNode(labels: ["Exercise"]), tx.createNode(labels: ["Exercise"])],
        try tx.createNode(labels: ["MuscleGroup"])
      )
    }
    try store.read { tx throws in
      #expect(try tx.nodeIDs(withLabel: "Exercise") == exercises)
      #expect(try tx.nodeIDs(withLabel: "MuscleGroup") == [muscle])
      #expect(try tx.nodeIDs(withLabel: "Nothing") == [])
      #expect(try tx.nodeCount() == 3)
      #expect(try tx.nodeCount(withLabel: "Exercise") == 2)
    }
  }

  @Test func aNodeWithRelationshipsIsDeletedOnlyDetached() throws {
    let (a, b) = try store.write { tx in (try tx.createNode(), try tx.createNode()) }
    try store.write { try $0.createRelationship(from: a, to: b, type: "VARIANT_OF") }
    #expect(throws: StoreError.nodeHasRelationships(a, count: 1)) {
      try store.write { try $0.deleteNode(a) }
    }
    #expect(try store.read { try $0.nodeExists(a) })
    try store.write { try $0.deleteNode(a, detach: true) }
    try store.read { tx throws in
      #expect(try !tx.nodeExists(a))
      #expect(try tx.neighbors(of: b, direction: .both) == [])
      #expect(try tx.relationshipCount() == 0)
    }
    try store.write { try $0.deleteNode(b) }
    #expect(try store.read { try $0.nodeCount() } == 0)
    let problems = try store.checkIntegrity().problems
    #expect(problems == [], "\(problems)")
  }

  @Test func anEmptyLabelIsRefused() throws {
    #expect(throws: StoreError.invalidName("a label cannot be empty")) {
      try store.write { try $0.createNode(labels: [""]) }
    }
  }
}
