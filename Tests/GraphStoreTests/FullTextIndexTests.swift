import GraphModel
import GraphStore
import TestSupport
import Testing

@Suite struct FullTextIndexTests {
  let directory: TemporaryDirectory
  let store: GraphStore
  let ids: [String: NodeID]

  init() throws {
    directory = try TemporaryDirectory()
    store = try directory.makeStore()
    ids = try store.write { tx in
      let exercises: [(String, [String])] = [
        ("Barbell Bench Press", ["Lie on a flat bench.", "Lower the bar to the chest."]),
        ("Dumbbell Bench Press", ["Press the dumbbells up."]),
        ("Pushups", ["Press your body away from the floor."]),
        ("Barbell Squat", ["Keep the bar on your back."]),
      ]
      var ids: [String: NodeID] = [:]
      for (name, steps) in exercises {
        ids[name] = try tx.createNode(
          labels: ["Exercise"],
          properties: ["name": .string(name), "instructions": .list(steps.map(Value.string))])
      }
      try tx.createNode(labels: ["MuscleGroup"], properties: ["name": "Bench press muscles"])
      try tx.createFullTextIndex(
        named: "exercise_text", label: "Exercise", keys: ["name", "instructions"])
      return ids
    }
  }

  private func search(_ text: String) throws -> [NodeID] {
    try store.read { try $0.search(fullTextIndex: "exercise_text", for: text).map(\.node) }
  }

  @Test func everyWordMustMatchAndNamesOutrankInstructions() throws {
    #expect(
      Set(try search("bench press")) == [ids["Barbell Bench Press"], ids["Dumbbell Bench Press"]])
    let press = try search("press")
    #expect(press.count == 3)
    #expect(press.last == ids["Pushups"])
  }

  @Test func scoresComeBestFirst() throws {
    let matches = try store.read { try $0.search(fullTextIndex: "exercise_text", for: "barbell") }
    #expect(matches.count == 2)
    #expect(matches.map(\.score) == matches.map(\.score).sorted(by: >))
  }

  @Test func theLastWordMatchesAsAPrefixAndStemsMatch() throws {
    #expect(
      Set(try search("bench pre")) == [ids["Barbell Bench Press"], ids["Dumbbell Bench Press"]])
    #expect(try search("squats") == [ids["Barbell Squat"]])
  }

  @Test func queryOperatorsInTheInputAreJustWords() throws {
    #expect(try search(#"squat" OR NEAR(bench"#) == [])
    #expect(try search("***") == [])
  }

  @Test func theIndexFollowsChangesAndOnlyItsLabel() throws {
    let squat = try #require(ids["Barbell Squat"])
    try store.write { try $0.setProperty("name", to: "Back Squat", onNode: squat) }
    #expect(try search("back squat") == [squat])
    #expect(try search("muscles") == [])
    try store.write { try $0.deleteNode(squat) }
    #expect(try search("squat") == [])
  }

  @Test func anUnknownIndexIsAnErrorAndANewIndexIndexesExistingNodes() throws {
    #expect(throws: StoreError.indexNotFound("full-text nope")) {
      try store.read { try $0.search(fullTextIndex: "nope", for: "x") }
    }
    try store.write {
      try $0.createFullTextIndex(named: "muscle_names", label: "MuscleGroup", keys: ["name"])
    }
    #expect(
      try store.read { try $0.search(fullTextIndex: "muscle_names", for: "muscles").count } == 1)
    try store.write { try $0.dropFullTextIndex(named: "muscle_names") }
    #expect(try store.read { try $0.fullTextIndexes().map(\.name) } == ["exercise_text"])
    #expect(
      throws: StoreError.invalidName(
        "full-text index name 'bad name;' must be ASCII letters, digits and _")
    ) {
      try store.write { try $0.createFullTextIndex(named: "bad name;", label: "X", keys: ["name"]) }
    }
  }
}
