import GraphModel
import Testing

@testable import ResultFormat

@Suite struct CypherLiteralTests {
  @Test(arguments: [
    (Value.null, "null"), (true, "true"), (-7, "-7"), (1.0, "1.0"), (-0.5, "-0.5"),
    (1.5e-7, "1.5e-07"),
    (1e20, "1e+20"), (.float(.nan), "NaN"), (.float(.infinity), "Inf"),
    (.float(-.infinity), "-Inf"),
    (0.30000000000000004, "0.30000000000000004"), ("it's \\ \n", #"'it\'s \\ \n'"#),
    ("Überkopf 💪", "'Überkopf 💪'"),
    (Value.list([1, "a", [2.0]]), "[1, 'a', [2.0]]"),
    (Value.map(["name": "x", "n": 1, "a b": nil]), "{`a b`: null, n: 1, name: 'x'}"),
  ])
  func scalarsAndCollections(_ value: Value, _ text: String) {
    #expect(CypherLiteral.render(value) == text)
  }

  @Test func graphEntities() {
    #expect(
      CypherLiteral.render(.node(Fixtures.squat))
        == "(:Compound:Exercise {level: 2, name: 'Squat'})")
    #expect(CypherLiteral.render(.node(Fixtures.legs)) == "()")
    #expect(CypherLiteral.render(.node(Fixtures.quads)) == "(:MuscleGroup {name: 'quadriceps'})")
    #expect(CypherLiteral.render(.relationship(Fixtures.targets)) == "[:TARGETS {role: 'primary'}]")
    #expect(
      CypherLiteral.render(.path(Fixtures.path))
        == "<(:Compound:Exercise {level: 2, name: 'Squat'})-[:TARGETS {role: 'primary'}]->(:MuscleGroup {name: 'quadriceps'})<-[:PART_OF]-()>"
    )
    #expect(CypherLiteral.render(.path(Path(nodes: [Fixtures.legs], relationships: []))) == "<()>")
  }
}
