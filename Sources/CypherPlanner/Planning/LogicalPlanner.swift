import CypherSyntax
import GraphModel

/// Turns a bound statement into a `QueryPlan`, clause by clause, then runs the rewrite passes.
///
/// Patterns start where the catalog says the fewest nodes are; the rewrites then push filters
/// down, pick index seeks and fuse ORDER BY with LIMIT (see `Rewrites`).
public struct LogicalPlanner {
  let catalog: any GraphCatalog
  /// Every variable bound at this point of the plan, anonymous ones included.
  var bound: Set<String>
  var operators: [LogicalOperator] = []
  /// Numbers anonymous variables; shared with nested planners so their names never collide.
  var anonymousCount = 0

  init(catalog: any GraphCatalog, bound: Set<String> = []) {
    self.catalog = catalog
    self.bound = bound
  }

  /// Plans `query`, which passed semantic analysis, for a run with `parameters`: the
  /// conditions on parameters alone that it can answer from them are answered
  /// (`ParameterFolding`), and the plan's `assumptions` say for which other parameters it is
  /// the same plan. Without parameters (EXPLAIN), nothing is assumed.
  public static func plan(
    _ query: BoundQuery, catalog: any GraphCatalog, parameters: [String: Value] = [:]
  ) -> QueryPlan {
    let statementQuery = query.statement.query
    var folding = ParameterFolding(parameters: parameters)
    let parts = ([statementQuery.first] + statementQuery.unions.map(\.query)).map {
      singleQuery in
      var planner = LogicalPlanner(catalog: catalog)
      for clause in singleQuery.clauses { planner.plan(clause) }
      let plan = folding.fold(LogicalPlan(planner.operators))
      return Rewrites.apply(to: plan, catalog: catalog)
    }
    return QueryPlan(
      parts: parts, removesDuplicates: statementQuery.unions.contains { !$0.isAll },
      columns: query.columns, assumptions: folding.assumptions)
  }

  /// Plans the body of `EXISTS { … }`, `COUNT { … }` or a pattern predicate, run on rows
  /// where `bound` are bound.
  public static func planSubquery(
    _ pattern: Pattern, predicate: Expression?, bound: Set<String>, catalog: any GraphCatalog
  ) -> LogicalPlan {
    var planner = LogicalPlanner(catalog: catalog, bound: bound)
    planner.planMatch(pattern, predicate: predicate)
    return Rewrites.apply(to: LogicalPlan(planner.operators), catalog: catalog)
  }

  /// Plans a subquery that is a whole query (`EXISTS { MATCH … RETURN … }`), run on rows
  /// where `bound` are bound; its rows are what the subquery finds.
  public static func planSubquery(
    _ query: SingleQuery, bound: Set<String>, catalog: any GraphCatalog
  ) -> LogicalPlan {
    var planner = LogicalPlanner(catalog: catalog, bound: bound)
    for clause in query.clauses { planner.plan(clause) }
    return Rewrites.apply(to: LogicalPlan(planner.operators), catalog: catalog)
  }

  mutating func plan(_ clause: Clause) {
    switch clause {
    case .match(let match) where match.isOptional:
      let (plan, introduced) = nested { $0.planMatch(match.pattern, predicate: match.predicate) }
      operators.append(.optional(plan, introduces: introduced))
    case .match(let match):
      planMatch(match.pattern, predicate: match.predicate)
    case .unwind(let unwind):
      operators.append(.unwind(unwind.expression, variable: unwind.variable.name))
      bound.insert(unwind.variable.name)
    case .with(let with):
      planProjection(with.projection, predicate: with.predicate)
    case .return(let ret):
      planProjection(ret.projection, predicate: nil)
    case .create(let create):
      operators.append(.create(create.pattern))
      bindVariables(of: create.pattern.parts)
    case .merge(let merge):
      let (plan, _) = nested { $0.planMatch(Pattern(parts: [merge.part]), predicate: nil) }
      operators.append(.merge(merge, match: plan))
      bindVariables(of: [merge.part])
    case .set(let set):
      operators.append(.set(set.items))
    case .remove(let remove):
      operators.append(.remove(remove.items))
    case .delete(let delete):
      operators.append(.delete(delete.expressions, isDetach: delete.isDetach))
    }
  }

  /// Plans operators with a planner of its own that starts from this one's variables; returns
  /// them and the variables they add.
  mutating func nested(_ body: (inout LogicalPlanner) -> Void) -> (LogicalPlan, [String]) {
    var planner = LogicalPlanner(catalog: catalog, bound: bound)
    planner.anonymousCount = anonymousCount
    body(&planner)
    anonymousCount = planner.anonymousCount
    let introduced = planner.bound.subtracting(bound).sorted()
    bound = planner.bound
    return (LogicalPlan(planner.operators), introduced)
  }

  /// A fresh name for a pattern element the query left unnamed. It starts with spaces, so no
  /// query can name it and `RETURN *` never shows it.
  mutating func anonymousVariable() -> String {
    while true {
      anonymousCount += 1
      let name = "  anon_\(anonymousCount)"
      if !bound.contains(name) { return name }
    }
  }

  /// Whether a variable is one the query named.
  static func isNamed(_ name: String) -> Bool { !name.hasPrefix("  ") }

  private mutating func bindVariables(of parts: [PatternPart]) {
    for part in parts {
      if let path = part.pathVariable { bound.insert(path.name) }
      bound.formUnion(Binder.variables(of: part.element).map(\.name))
    }
  }
}
