import ExerciseKG
import Foundation
import GraphModel
import TestSupport
import Testing

/// `KnowledgeGraph.export` in each format, and JSON lines read back by `importGraph`.
@Suite struct ExportTests {
  let directory = try! TemporaryDirectory()

  func export(_ graph: KnowledgeGraph, _ format: ExportFormat) throws -> String {
    var text = ""
    try graph.export(format, to: &text)
    return text
  }

  /// A graph with every kind of property value, several label sets, a node without labels,
  /// a self-loop, parallel relationships and gaps in the IDs left by deletes.
  func sampleGraph(_ name: String = "source.sqlite") throws -> KnowledgeGraph {
    let graph = try KnowledgeGraph(path: directory.path(name))
    try graph.execute(
      """
      CREATE (gone:Gone), (squat:Exercise:Strength {name: 'Squat', level: 2, ratio: 2.0,
          note: 'it\\'s "deep"\\nand wide — ¾ ✓', tags: ['legs', 'barbell'], weights: [1.5, 2.0],
          nan: 0.0 / 0.0, low: -1.0 / 0.0, big: 1e300, flag: true}),
        (quads:MuscleGroup {name: 'quadriceps', iri: 'https://example.org/m#quads'}),
        (bare {`odd key`: 'value'}),
        (squat)-[:TARGETS {role: 'primary', weight: 0.5}]->(quads),
        (squat)-[:TARGETS {role: 'secondary'}]->(quads),
        (squat)-[:VARIANT_OF]->(squat), (bare)-[:`ODD TYPE`]->(gone)
      """)
    try graph.execute("MATCH (g:Gone) DETACH DELETE g")
    return graph
  }

  @Test func jsonLinesRoundTripsExactly() throws {
    let exported = try export(try sampleGraph(), .jsonl)
    #expect(exported.split(separator: "\n").count == 3 + 3)
    #expect(exported.contains(#""ratio": 2.0"#) && exported.contains(#""level": 2,"#))
    #expect(exported.contains(#""nan": {"$float": "NaN"}"#))
    let file = directory.path("graph.jsonl")
    try exported.write(toFile: file, atomically: true, encoding: .utf8)
    #expect(try KnowledgeGraph.isGraphFile(at: file))

    let copy = try KnowledgeGraph(path: directory.path("copy.sqlite"))
    let created = try copy.importGraph(at: file)
    #expect(created.nodes == 3 && created.relationships == 3)
    #expect(try export(copy, .jsonl) == exported)
    let squat = try copy.execute(
      "MATCH (e:Exercise) RETURN e.ratio, e.level, e.weights[1], e.low, e.nan <> e.nan"
    ).result.rows
    #expect(squat == [[.float(2.0), .integer(2), .float(2.0), .float(-.infinity), true]])
  }

  @Test func aBadLineFailsTheWholeImportNamingTheLine() throws {
    let file = directory.path("bad.jsonl")
    try """
    {"type": "node", "id": 1, "labels": ["A"], "properties": {}}
    {"type": "relationship", "id": 1, "label": "R", "start": 1, "end": 7, "properties": {}}
    """.write(toFile: file, atomically: true, encoding: .utf8)
    let graph = try KnowledgeGraph(path: directory.path("kg.sqlite"))
    #expect {
      try graph.importGraph(at: file)
    } throws: { error in
      let error = error as? GraphFileError
      return error?.line == 2 && error?.message.contains("\"end\"") == true
    }
    try "{\"type\": \"node\", \"id\": 1, \"labels\": [\"A\"]\n".write(
      toFile: file, atomically: true, encoding: .utf8)
    #expect {
      try graph.importGraph(at: file)
    } throws: { error in
      (error as? GraphFileError).map { $0.line == 1 && $0.column == 42 } == true
    }
    #expect(try graph.statistics().nodes == 0)
  }

  @Test func theCypherScriptRebuildsTheGraphInAnEmptyStore() throws {
    let source = try sampleGraph()
    let script = try export(source, .cypher)
    let index = "INDEX ON :`UNIQUE IMPORT LABEL`(`UNIQUE IMPORT ID`);\n"
    #expect(script.hasPrefix("CREATE " + index))
    #expect(
      script.hasSuffix(
        "REMOVE n:`UNIQUE IMPORT LABEL`, n.`UNIQUE IMPORT ID`;\nDROP " + index))
    let copy = try KnowledgeGraph(path: directory.path("copy.sqlite"))
    for statement in script.split(separator: ";\n") {
      try copy.execute(String(statement))
    }
    #expect(try export(copy, .jsonl) == export(source, .jsonl))
  }

  @Test func theCypherScriptBatchesRelationshipsByTypeThoughTheirTypesAlternate() throws {
    let source = try KnowledgeGraph(path: directory.path("chain.sqlite"))
    try source.execute(
      """
      UNWIND range(1, 250) AS i CREATE (:N {i: i}) WITH i WHERE i > 1
      MATCH (a:N {i: i - 1}), (b:N {i: i}) CREATE (a)-[:NEXT]->(b), (b)-[:BACK]->(a)
      """)
    let script = try export(source, .cypher)
    // 249 of each type, made one after the other: three batches each.
    #expect(script.components(separatedBy: "CREATE (a)-[r:").count - 1 == 6)
    let copy = try KnowledgeGraph(path: directory.path("copy.sqlite"))
    for statement in script.split(separator: ";\n") {
      try copy.execute(String(statement))
    }
    let chain = """
      MATCH (a:N)-[:NEXT]->(b:N)-[:BACK]->(a) WHERE b.i = a.i + 1
      RETURN count(*) AS links
      """
    #expect(try copy.execute(chain).result.rows == [[.integer(249)]])
    #expect(try copy.statistics().relationships == 498)
    #expect(try copy.statistics().propertyIndexes.isEmpty)
  }

  @Test func nQuadsUseIRIsWhereNodesHaveThemAndNamedGraphsForRelationships() throws {
    let lines = Set(try export(try sampleGraph(), .nquads).split(separator: "\n").map(String.init))
    let quads = "<https://example.org/m#quads>"
    let type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    #expect(lines.contains("\(quads) \(type) <urn:kg:label:MuscleGroup> ."))
    #expect(lines.contains("_:n1 \(type) <urn:kg:label:Exercise> ."))
    #expect(
      lines.contains(
        "_:n1 <urn:kg:property:level> \"2\"^^<http://www.w3.org/2001/XMLSchema#integer> ."))
    #expect(lines.contains("_:n1 <urn:kg:property:tags> \"legs\" ."))
    #expect(lines.contains(#"_:n1 <urn:kg:property:note> "it's \"deep\"\nand wide — ¾ ✓" ."#))
    // The deleted node's relationship went with it.
    #expect(!lines.contains { $0.contains("ODD%20TYPE") })
    #expect(lines.contains("_:n1 <urn:kg:type:TARGETS> \(quads) <urn:kg:relationship:1> ."))
    #expect(
      lines.contains(
        "<urn:kg:relationship:1> <urn:kg:property:role> \"primary\" <urn:kg:relationship:1> ."))
    #expect(lines.contains("_:n1 <urn:kg:type:VARIANT_OF> _:n1 <urn:kg:relationship:3> ."))
  }

  @Test func graphMLDeclaresTypedKeysAndEscapesText() throws {
    let text = try export(try sampleGraph(), .graphml)
    #expect(text.components(separatedBy: "<node ").count - 1 == 3)
    #expect(text.components(separatedBy: "<edge ").count - 1 == 3)
    #expect(text.contains(#"for="node" attr.name="level" attr.type="long"/>"#))
    #expect(text.contains(#"for="node" attr.name="ratio" attr.type="double"/>"#))
    #expect(text.contains(#"for="edge" attr.name="weight" attr.type="double"/>"#))
    // Java's words for the floats that are not numbers, which GraphML readers parse.
    #expect(text.contains(">NaN</data>") && text.contains(">-Infinity</data>"))
    #expect(text.contains(#"<node id="n1" labels=":Exercise:Strength">"#))
    #expect(text.contains(#"it's &quot;deep&quot;"#))
    #expect(text.contains(#"<edge id="e3" source="n1" target="n1" label="VARIANT_OF">"#))
    #expect(text.hasSuffix("</graph>\n</graphml>\n"))
  }
}
