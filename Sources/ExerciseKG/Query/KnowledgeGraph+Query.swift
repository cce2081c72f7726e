import CypherPlanner
import CypherRuntime
import CypherSyntax
import GraphModel
import GraphStore

extension KnowledgeGraph {
  /// Runs one Cypher statement.
  ///
  /// Reads see one snapshot; a statement that writes runs in one transaction, which a failure
  /// rolls back entirely. `EXPLAIN` returns the plan without running; `PROFILE` runs and
  /// returns the plan with each operator's rows and the time spent in it.
  ///
  /// - Throws: `QueryError` — at compile time (syntax, semantics, a write under
  ///   `QueryOptions.readOnly`: nothing ran) or run time.
  @discardableResult
  public func execute(
    _ text: String, parameters: [String: Value] = [:], options: QueryOptions = QueryOptions()
  ) throws(QueryError) -> QueryResponse {
    let clock = ContinuousClock()
    let start = clock.now
    let entry = try prepare(text)
    if entry.mode == .explain {
      return QueryResponse(
        result: QueryResult(columns: entry.plan.columns, rows: []), changes: nil,
        plan: PlanDescription.render(entry.plan), elapsed: clock.now - start)
    }
    if options.readOnly && entry.plan.isUpdating {
      throw QueryError(
        type: "AccessMode", detail: "WriteInReadOnly", phase: .compile,
        message: "This query writes, and only reads are allowed here", span: nil)
    }
    do {
      let profile = entry.mode == .profile ? QueryProfile() : nil
      let (result, changes) = try run(
        entry, parameters: parameters, options: options, profile: profile)
      return QueryResponse(
        result: result, changes: changes,
        plan: profile.map { PlanDescription.render(entry.plan, annotation: $0.note) },
        elapsed: clock.now - start)
    } catch {
      throw QueryError(thrownByRun: error)
    }
  }

  /// Parses, checks and plans `text`, or takes its plan from the cache.
  func prepare(_ text: String) throws(QueryError) -> PlanCache.Entry {
    let (catalog, generation) = currentCatalog
    let key = PlanCache.Key(text)
    if let entry = planCache.plan(for: key, generation: generation) { return entry }
    let statement: Statement
    let bound: BoundQuery
    do {
      statement = try Parser.parse(text)
    } catch {
      throw QueryError(error)
    }
    do {
      bound = try Binder.bind(statement)
    } catch {
      throw QueryError(error)
    }
    let mode: PlanCache.PreparedMode =
      switch statement.mode {
      case .run: .run
      case .explain: .explain
      case .profile: .profile
      }
    let query = PreparedQuery(plan: LogicalPlanner.plan(bound, catalog: catalog), catalog: catalog)
    let entry = PlanCache.Entry(query: query, mode: mode, generation: generation)
    planCache.store(entry, for: key)
    return entry
  }

  private func run(
    _ entry: PlanCache.Entry, parameters: [String: Value], options: QueryOptions,
    profile: QueryProfile?
  ) throws -> (QueryResult, ChangeSummary?) {
    let query = entry.query
    guard query.plan.isUpdating else {
      let result = try store.read { transaction in
        try QueryExecutor.execute(
          query, in: transaction, parameters: parameters, limits: options.limits,
          cancellation: options.cancellation, profile: profile)
      }
      return (result, options.measuresChanges ? ChangeSummary() : nil)
    }
    return try write { transaction in
      if options.measuresChanges { try transaction.recordChanges() }
      let result = try QueryExecutor.execute(
        query, in: transaction, parameters: parameters, limits: options.limits,
        cancellation: options.cancellation, profile: profile)
      let changes = try transaction.changeLog.map { try ChangeSummary($0, now: transaction) }
      return (result, changes)
    }
  }
}
