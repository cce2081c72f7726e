import GraphModel
import GraphStore
import TestSupport
import Testing

@Suite struct ValueRoundTripTests {
  static let values: [Value] = [
    true, false, 0, 1, -1, .integer(.max), .integer(.min), 300, -300,
    0.0, -0.0, 1.5, .float(.infinity), .float(-.infinity), .float(.leastNonzeroMagnitude),
    "", "Squat", "Überkopf-Drücken 💪 e\u{301}",
    [], [1, "two", 3.0, nil, [true]], [:],
    ["nested": ["deeper": [1, 2, ["x": "y"]]], "empty": [:]],
  ]

  @Test(arguments: values)
  func aValueSurvivesAWriteAndAReopen(_ value: Value) throws {
    let directory = try TemporaryDirectory()
    let id = try directory.makeStore().write { try $0.createNode(properties: ["v": value]) }
    let reopened = try directory.makeStore()
    #expect(try reopened.read { try $0.property("v", ofNode: id) } == value)
    #expect(try reopened.read { try $0.node(id)?.properties["v"] } == value)
  }

  @Test func nanSurvivesAsNaN() throws {
    let directory = try TemporaryDirectory()
    let id = try directory.makeStore().write { try $0.createNode(properties: ["v": .float(.nan)]) }
    guard
      case .float(let read) = try directory.makeStore().read({ try $0.property("v", ofNode: id) })
    else {
      Issue.record("not a float")
      return
    }
    #expect(read.isNaN)
  }

  @Test func aNullPropertyIsNotStored() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.makeStore()
    let id = try store.write { try $0.createNode(properties: ["gone": nil, "kept": 1]) }
    #expect(try store.read { try $0.node(id)?.properties } == ["kept": 1])
  }
}

@Suite struct UnstorableValueTests {
  static let node = Node(id: NodeID(1), labels: [], properties: [:])

  @Test(arguments: [
    Value.node(node), [1, .node(node)], ["nested": .path(Path(nodes: [node], relationships: []))],
  ])
  func graphEntitiesAreRefusedAsPropertyValues(_ value: Value) throws {
    let directory = try TemporaryDirectory()
    let store = try directory.makeStore()
    let refusal = StoreError.invalidPropertyValue(
      key: "x", reason: "a node, relationship or path cannot be stored as a property value")
    #expect(throws: refusal) { try store.write { try $0.createNode(properties: ["x": value]) } }
    #expect(throws: refusal) {
      try store.bulkLoad { loader in
        let node = try loader.addNode()
        try loader.addRelationship(from: node, to: node, type: "SELF", properties: ["x": value])
      }
    }
    #expect(try store.read { try $0.nodeCount() } == 0)
  }
}
