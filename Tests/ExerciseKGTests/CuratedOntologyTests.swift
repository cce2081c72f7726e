import ExerciseKG
import GraphModel
import OWLImport
import TestSupport
import Testing

/// The curated exercise ontology kg ships, imported as `kg import` does.
@Suite struct CuratedOntologyTests {
  let directory = try! TemporaryDirectory()

  func importedGraph() throws -> (KnowledgeGraph, ImportReport) {
    let graph = try KnowledgeGraph(path: directory.path("kg.sqlite"))
    let options = ImportOptions(
      mapping: try OntologyMapping(contentsOfFile: BundledOntology.mappingPath))
    return (graph, try graph.importOntology(at: [BundledOntology.ontologyPath], options: options))
  }

  func count(_ graph: KnowledgeGraph, _ query: String) throws -> Int64? {
    try graph.execute(query).result.rows.first?.first?.integerValue
  }

  @Test func itHasTheCountsTheIssueAsksFor() throws {
    let (graph, report) = try importedGraph()
    #expect(report.warnings.isEmpty)
    #expect(try count(graph, "MATCH (e:Exercise) RETURN count(e)") == 873)
    #expect(
      try count(graph, "MATCH (m:MuscleGroup) WHERE NOT (m)<-[:PART_OF]-() RETURN count(m)") == 17)
    #expect(try count(graph, "MATCH (g:Goal) RETURN count(g)")! >= 5)
    #expect(try count(graph, "MATCH (c:Condition) RETURN count(c)")! >= 8)
    #expect(
      try count(
        graph,
        "MATCH (:Exercise)-[c:CONTRAINDICATED]->(:Condition) WHERE c.reason IS NOT NULL AND c.severity IN [1, 2, 3] RETURN count(c)"
      )! >= 150)
    #expect(
      try count(graph, "MATCH (:Exercise)-[v:VARIANT_OF]->(:Exercise) RETURN count(v)")! > 100)
    #expect(
      try count(
        graph,
        "MATCH (e:Exercise) WHERE e.id IS NULL OR e.level IS NULL OR e.name IS NULL RETURN count(e)"
      )
        == 0)
  }

  @Test func knownFactsHold() throws {
    let (graph, _) = try importedGraph()
    let squat = try graph.execute(
      """
      MATCH (e:Exercise {id: 'Barbell_Squat'})
      RETURN [(e)-[t:TARGETS {role: 'primary'}]->(m:MuscleGroup) | m.name] AS primary,
             [(e)-[:REQUIRES]->(q) | q.name] AS equipment,
             [(e)-[:TARGETS]->(g:Goal) | g.name] AS goals
      """
    ).result.rows
    #expect(squat.count == 1)
    #expect(squat.first?[0] == ["quadriceps"])
    #expect(squat.first?[1] == ["barbell"])
    #expect(squat.first?[2].isNull == false)
    let hierarchy = try graph.execute(
      "MATCH (:MuscleGroup {name: 'quadriceps'})-[:PART_OF*]->(r) RETURN r.name ORDER BY r.name"
    ).result.rows
    #expect(hierarchy == [["legs"], ["lower body"]])
    #expect(
      try count(
        graph,
        "MATCH (:Equipment {name: 'barbell'})-[:PART_OF]->(:Equipment {name: 'free weights'}) RETURN count(*)"
      ) == 1)
    #expect(
      try count(graph, "MATCH (e:Exercise {equipment: 'body only'}) RETURN count(e)") == 0)
    #expect(
      try count(
        graph,
        "MATCH (e:Exercise {id: 'Pushups'}) WHERE NOT (e)-[:REQUIRES]->() RETURN count(e)") == 1)
  }

  @Test func importingItTwiceChangesNothing() throws {
    let (graph, _) = try importedGraph()
    let options = ImportOptions(
      mapping: try OntologyMapping(contentsOfFile: BundledOntology.mappingPath))
    let again = try graph.importOntology(at: [BundledOntology.ontologyPath], options: options)
    #expect(again.changes.isUnchanged)
  }
}
