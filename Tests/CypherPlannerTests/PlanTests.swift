import CypherPlanner
import CypherSyntax
import GraphModel
import Testing

/// A catalog from a fixed table, so plans are testable without a store.
struct FixedCatalog: GraphCatalog {
  var counts: [String: Int] = ["Exercise": 1000, "MuscleGroup": 40, "Equipment": 12]
  var relationships: [String: Int] = ["TARGETS": 5000, "REQUIRES": 900, "PART_OF": 40]
  var indexes: Set<String> = []

  func nodeCount(label: String?) -> Int {
    label.map { counts[$0] ?? 0 } ?? counts.values.reduce(0, +)
  }

  func relationshipCount(type: String?) -> Int {
    type.map { relationships[$0] ?? 0 } ?? relationships.values.reduce(0, +)
  }

  func hasPropertyIndex(label: String, key: String) -> Bool { indexes.contains("\(label).\(key)") }
}

/// EXPLAIN text for representative queries: where patterns start, where filters land, when
/// an index is used, label checks folded into expands, and the top-k fusion.
@Suite struct PlanTests {
  func explain(
    _ query: String, _ catalog: FixedCatalog = FixedCatalog(), parameters: [String: Value] = [:]
  ) throws -> String {
    PlanDescription.render(
      LogicalPlanner.plan(
        try Binder.bind(try Parser.parse(query)), catalog: catalog, parameters: parameters))
  }

  @Test func thePatternStartsAtTheSmallerLabelAndExpandsBackwards() throws {
    let plan = try explain(
      """
      MATCH (e:Exercise)-[:TARGETS]->(m:MuscleGroup {name: $m}) WHERE e.level = $level
      RETURN e.name ORDER BY e.name LIMIT 20
      """)
    #expect(
      plan == """
        ProduceResults(`e.name`)
          Select(`e.name`)
            Top(`e.name` ASC; 20)
              Projection(e.name AS `e.name`)
                Filter(e.level = $level)
                  Expand((m)<-[anon_1:TARGETS]-(e:Exercise))
                    Filter(m.name = $m)
                      NodeByLabelScan(m:MuscleGroup)
                        Argument
        """)
  }

  @Test func anIndexedEqualityBecomesASeek() throws {
    var catalog = FixedCatalog()
    catalog.indexes = ["Exercise.id"]
    let plan = try explain(
      "MATCH (e:Exercise {id: $id})-[:TARGETS]->(m:MuscleGroup) RETURN m.name", catalog)
    #expect(
      plan == """
        ProduceResults(`m.name`)
          Select(`m.name`)
            Projection(m.name AS `m.name`)
              Expand((e)-[anon_1:TARGETS]->(m:MuscleGroup))
                NodeIndexSeek(e:Exercise {id: $id})
                  Argument
        """)
  }

  @Test func anIndexedInListBecomesASeek() throws {
    var catalog = FixedCatalog()
    catalog.indexes = ["MuscleGroup.name"]
    let plan = try explain("MATCH (m:MuscleGroup) WHERE m.name IN $names RETURN m", catalog)
    #expect(plan.contains("NodeIndexSeek(m:MuscleGroup {name IN $names})"))
    #expect(!plan.contains("Filter"))
  }

  @Test func aWhereEqualityMakesItsNodeTheStart() throws {
    // Both ends have the same label: the one whose name is given is where the walk starts.
    let plan = try explain(
      """
      MATCH (wanted:MuscleGroup)-[:PART_OF*0..4]->(region:MuscleGroup)
      WHERE region.name IN $muscles RETURN wanted
      """)
    #expect(
      plan == """
        ProduceResults(wanted)
          Select(wanted)
            Filter(wanted:MuscleGroup)
              VarLengthExpand((region)<-[anon_1:PART_OF*0..4]-(wanted))
                Filter(region.name IN $muscles)
                  NodeByLabelScan(region:MuscleGroup)
                    Argument
        """)
  }

  @Test func anEqualityOnAnUnboundValueDoesNotMoveTheStart() throws {
    // `b.name` is not known before the match, so `a.name = b.name` cannot narrow a scan of a.
    let plan = try explain(
      "MATCH (b:MuscleGroup)-[:PART_OF]->(a:MuscleGroup) WHERE a.name = b.name RETURN a")
    #expect(plan.contains("NodeByLabelScan(b:MuscleGroup)"))
  }

  @Test func aWhereEqualityOnAnIndexedKeyStartsWithASeek() throws {
    var catalog = FixedCatalog()
    catalog.indexes = ["Exercise.id"]
    let plan = try explain(
      "MATCH (m:MuscleGroup)<-[:TARGETS]-(e:Exercise) WHERE e.id = $id RETURN m.name", catalog)
    #expect(plan.contains("NodeIndexSeek(e:Exercise {id: $id})"))
    #expect(!plan.contains("NodeByLabelScan"))
  }

  @Test func anIDFilterBecomesASeekBeforeAnIndexedEquality() throws {
    var catalog = FixedCatalog()
    catalog.indexes = ["Exercise.id"]
    let plan = try explain(
      "MATCH (e:Exercise) WHERE e.id = $name AND id(e) IN $ids RETURN e.name", catalog)
    #expect(
      plan == """
        ProduceResults(`e.name`)
          Select(`e.name`)
            Projection(e.name AS `e.name`)
              Filter(e.id = $name)
                NodeByIdSeek(e:Exercise WHERE id(e) IN $ids)
                  Argument
        """)
  }

  @Test func filtersAtOnePlaceRunCheapestFirstThenInWrittenOrder() throws {
    let plan = try explain(
      """
      MATCH (e:Exercise)
      WHERE EXISTS { (e)-[:REQUIRES]->() } AND e.difficulty <= 2 AND e.level = 'beginner'
        AND $flag AND e.name <> 'x'
      RETURN e
      """)
    #expect(
      plan == """
        ProduceResults(e)
          Select(e)
            Filter(EXISTS { (e)-[:REQUIRES]->() })
              Filter(e.name <> 'x')
                Filter(e.difficulty <= 2)
                  Filter(e.level = 'beginner')
                    NodeByLabelScan(e:Exercise)
                      Filter($flag)
                        Argument
        """)
  }

  @Test func aWhereConjunctRunsAsSoonAsItsVariablesAreBound() throws {
    let plan = try explain(
      "MATCH (a:Equipment), (b:MuscleGroup) WHERE a.name = 'bar' AND b.name <> a.name RETURN a, b")
    #expect(
      plan == """
        ProduceResults(a, b)
          Select(a, b)
            Filter(b.name <> a.name)
              NodeByLabelScan(b:MuscleGroup)
                Filter(a.name = 'bar')
                  NodeByLabelScan(a:Equipment)
                    Argument
        """)
  }

  @Test func aggregationGroupsByTheOtherItemsAndCountsAnExpandPerNode() throws {
    let plan = try explain(
      "MATCH (e:Exercise)-[:TARGETS]->(m:MuscleGroup) RETURN m.name, count(e) AS n ORDER BY n DESC")
    #expect(
      plan == """
        ProduceResults(`m.name`, n)
          Select(`m.name`, n)
            Sort(n DESC)
              Projection(aggregate_0 AS n)
                Aggregation(keys: [m.name AS `m.name`], aggregates: [sum(degree_1) AS aggregate_0])
                  CountExpand((m)<-[anon_1:TARGETS]-(e:Exercise)) AS degree_1
                    NodeByLabelScan(m:MuscleGroup)
                      Argument
        """)
  }

  @Test func itemsAFilterDoesNotReadAreComputedAfterIt() throws {
    let plan = try explain(
      """
      MATCH (e:Exercise)
      WITH e.name AS name, e.difficulty AS difficulty, size(e.name) AS length
      WHERE difficulty <= 2 AND length > 3
      RETURN name
      """)
    #expect(
      plan == """
        ProduceResults(name)
          Select(name)
            Select(name, difficulty, length)
              Projection(e.name AS name)
                Filter(difficulty <= 2 AND length > 3)
                  Projection(e.difficulty AS difficulty, size(e.name) AS length)
                    NodeByLabelScan(e:Exercise)
                      Argument
        """)
  }

  @Test func aFilterThatReadsNoItemMovesBeforeTheProjection() throws {
    let plan = try explain(
      """
      MATCH (m:MuscleGroup)<-[:TARGETS]-(e:Exercise)
      WITH e, m, size([(e)-[:REQUIRES]->(q) | q]) AS kit WHERE m.name = 'quads'
      RETURN e, kit
      """)
    #expect(
      plan == """
        ProduceResults(e, kit)
          Select(e, kit)
            Select(e, m, kit)
              Projection(size([(e)-[:REQUIRES]->(q) | q]) AS kit)
                Expand((m)<-[anon_1:TARGETS]-(e:Exercise))
                  Filter(m.name = 'quads')
                    NodeByLabelScan(m:MuscleGroup)
                      Argument
        """)
  }

  @Test func aProjectionStaysWholeWhenALaterItemReadsANameTheFilterNeeds() throws {
    let plan = try explain(
      "MATCH (e:Exercise) WITH e.name AS e, e AS node WHERE e = 'Squat' RETURN node")
    #expect(
      plan == """
        ProduceResults(node)
          Select(node)
            Select(e, node)
              Filter(e = 'Squat')
                Projection(e.name AS e, e AS node)
                  NodeByLabelScan(e:Exercise)
                    Argument
        """)
  }
}
