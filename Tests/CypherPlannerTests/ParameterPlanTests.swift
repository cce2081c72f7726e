import CypherPlanner
import CypherSyntax
import GraphModel
import Testing

/// Plans made for the parameters of a run: conditions on parameters alone answered, the
/// OPTIONAL MATCH such a condition guarded made a MATCH, a pattern started from the node bound
/// earlier — and the assumptions that say which other parameters the plan serves.
@Suite struct ParameterPlanTests {
  let tests = PlanTests()

  func plan(_ query: String, _ parameters: [String: Value]) throws -> QueryPlan {
    LogicalPlanner.plan(
      try Binder.bind(try Parser.parse(query)), catalog: FixedCatalog(), parameters: parameters)
  }

  static let optionalFilter = """
    MATCH (e:Exercise) WHERE ($level IS NULL OR e.level = $level) AND (size($ids) = 0 OR e.id IN $ids)
      AND ($all OR e.public)
    RETURN e.name
    """

  @Test func answeredConditionsLeaveTheFilterOrRemoveIt() throws {
    let given = try tests.explain(
      Self.optionalFilter, parameters: ["level": 1, "ids": ["a"], "all": false])
    #expect(
      given == """
        ProduceResults(`e.name`)
          Select(`e.name`)
            Projection(e.name AS `e.name`)
              Filter(e.public)
                Filter(e.id IN $ids)
                  Filter(e.level = $level)
                    NodeByLabelScan(e:Exercise)
                      Argument
        """)
    let absent = try tests.explain(
      Self.optionalFilter, parameters: ["level": nil, "ids": [], "all": true])
    #expect(
      absent == """
        ProduceResults(`e.name`)
          Select(`e.name`)
            Projection(e.name AS `e.name`)
              NodeByLabelScan(e:Exercise)
                Argument
        """)
    // Without the parameters (EXPLAIN alone), the conditions are the run's to answer.
    #expect(try tests.explain(Self.optionalFilter).contains("$level IS NULL OR e.level = $level"))
  }

  @Test func thePlanServesParametersThatAnswerAlike() throws {
    let plan = try plan(Self.optionalFilter, ["level": 1, "ids": ["a"], "all": false])
    #expect(plan.assumptions.decisions.count == 4)
    #expect(plan.assumptions.hold(for: ["level": 3, "ids": ["b", "c"], "all": false]))
    #expect(!plan.assumptions.hold(for: ["level": nil, "ids": ["b"], "all": false]))
    #expect(!plan.assumptions.hold(for: ["level": 3, "ids": [], "all": false]))
    #expect(!plan.assumptions.hold(for: ["level": 3, "ids": ["b"], "all": true]))
    // A parameter missing or of another type leaves its condition open: another plan.
    #expect(!plan.assumptions.hold(for: ["level": 3, "ids": "b", "all": false]))
    #expect(!plan.assumptions.hold(for: ["level": 3, "all": false]))

    let unanswered = try self.plan(Self.optionalFilter, [:])
    #expect(unanswered.assumptions.decisions.allSatisfy { $0.answer == nil })
    #expect(unanswered.assumptions.hold(for: [:]))
    #expect(!unanswered.assumptions.hold(for: ["level": 3, "ids": ["b"], "all": false]))
  }

  static let exclusion = "MATCH (e:Exercise) WHERE NOT e.id IN $exclude RETURN e.name"

  @Test func membershipInAnEmptyListParameterIsFalse() throws {
    let nothingExcluded = try tests.explain(Self.exclusion, parameters: ["exclude": []])
    #expect(!nothingExcluded.contains("Filter"), "\(nothingExcluded)")
    let someExcluded = try tests.explain(Self.exclusion, parameters: ["exclude": ["a"]])
    #expect(someExcluded.contains("Filter(NOT e.id IN $exclude)"), "\(someExcluded)")

    let empty = try plan(Self.exclusion, ["exclude": []])
    #expect(empty.assumptions.hold(for: ["exclude": []]))
    #expect(!empty.assumptions.hold(for: ["exclude": ["a"]]))
    let listed = try plan(Self.exclusion, ["exclude": ["a"]])
    #expect(listed.assumptions.hold(for: ["exclude": ["b", "c"]]))
    #expect(!listed.assumptions.hold(for: ["exclude": []]))
  }

  static let guardedOptional = """
    MATCH (g:Goal {name: $goal})
    MATCH (e:Exercise) WHERE e.level <= $level
    OPTIONAL MATCH (e)-[r:TARGETS]->(g)
    WITH e, r WHERE $goal IS NULL OR r IS NOT NULL
    RETURN e.name, r.weight
    """

  @Test func aGuardedOptionalMatchBecomesAMatchFromTheBoundNode() throws {
    let plan = try tests.explain(
      Self.guardedOptional, parameters: ["goal": "Strength", "level": 2])
    #expect(
      plan == """
        ProduceResults(`e.name`, `r.weight`)
          Select(`e.name`, `r.weight`)
            Projection(e.name AS `e.name`, r.weight AS `r.weight`)
              Select(e, r)
                Filter(e.level <= $level)
                  Expand((g)<-[r:TARGETS]-(e:Exercise))
                    Filter(g.name = $goal)
                      NodeByLabelScan(g:Goal)
                        Argument
        """)
    // Without a goal the optional stays, and so does the scan of every exercise.
    let any = try tests.explain(Self.guardedOptional, parameters: ["goal": nil, "level": 2])
    #expect(any.contains("OptionalExpandInto((e)-[r:TARGETS]->(g))"))
    #expect(any.contains("NodeByLabelScan(e:Exercise)"))
  }

  @Test func aNodeScanIsKeptWhenTheBoundNodeHasMoreRelationshipsThanItScans() throws {
    var catalog = FixedCatalog()
    catalog.relationships["TARGETS"] = 2_000_000
    let plan = PlanDescription.render(
      LogicalPlanner.plan(
        try Binder.bind(try Parser.parse(Self.guardedOptional)), catalog: catalog,
        parameters: ["goal": "Strength", "level": 2]))
    #expect(plan.contains("ExpandInto((e)-[r:TARGETS]->(g))"), "\(plan)")
    #expect(plan.contains("NodeByLabelScan(e:Exercise)"))
  }

  @Test func aFilterThatKeepsNullRowsKeepsTheOptionalMatch() throws {
    let plan = try tests.explain(
      """
      MATCH (e:Exercise) OPTIONAL MATCH (e)-[r:REQUIRES]->(q:Equipment)
      WITH e, q WHERE q IS NULL OR q.name = 'bar' RETURN e.name
      """, parameters: ["unused": 1])
    #expect(plan.contains("OptionalExpand"), "\(plan)")
  }
}
