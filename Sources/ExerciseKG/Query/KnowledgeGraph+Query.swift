import CypherPlanner
import CypherRuntime
import CypherSyntax
import GraphModel
import GraphStore

extension KnowledgeGraph {
  /// Runs one Cypher statement: a query, or a schema command (`CREATE INDEX ON :Label(key)`,
  /// `DROP INDEX ON :Label(key)`).
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
    let entry: PlanCache.Entry
    switch try prepare(text, parameters: parameters) {
    case .query(let prepared): entry = prepared
    case .schema(let command):
      let changes = try run(command, options: options)
      return QueryResponse(
        result: QueryResult(columns: [], rows: []),
        changes: options.measuresChanges ? changes : nil, plan: nil, elapsed: clock.now - start)
    }
    if entry.mode == .explain {
      return QueryResponse(
        result: QueryResult(columns: entry.plan.columns, rows: []), changes: nil,
        plan: PlanDescription.render(entry.plan), elapsed: clock.now - start)
    }
    if options.readOnly && entry.plan.isUpdating { throw QueryError.writeInReadOnly }
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

  /// A statement made ready to run: a query's plan, or a schema command.
  enum PreparedStatement {
    case query(PlanCache.Entry)
    case schema(SchemaCommand)
  }

  /// Parses, checks and plans `text` for a run with `parameters`, or takes its plan from the
  /// cache; a schema command is only parsed. A text planned before for other parameters is
  /// not parsed and checked again, only planned.
  func prepare(_ text: String, parameters: [String: Value]) throws(QueryError)
    -> PreparedStatement
  {
    let (catalog, generation) = currentCatalog
    let key = PlanCache.Key(text)
    if let entry = planCache.plan(for: key, generation: generation, parameters: parameters) {
      return .query(entry)
    }
    let bound: BoundQuery
    if let known = planCache.boundQuery(for: key) {
      bound = known
    } else {
      switch try parseAndBind(text) {
      case .query(let query): bound = query
      case .schema(let command): return .schema(command)
      }
    }
    let query = PreparedQuery(
      plan: LogicalPlanner.plan(bound, catalog: catalog, parameters: parameters), catalog: catalog)
    let entry = PlanCache.Entry(bound: bound, query: query, generation: generation)
    planCache.store(entry, for: key)
    return .query(entry)
  }

  /// What `text` is: a query, parsed and checked, or a schema command.
  private enum ParsedText {
    case query(BoundQuery)
    case schema(SchemaCommand)
  }

  private func parseAndBind(_ text: String) throws(QueryError) -> ParsedText {
    let statement: Statement
    do {
      switch try Parser.parseCommand(text) {
      case .query(let query): statement = query
      case .schema(let command): return .schema(command)
      }
    } catch {
      throw QueryError(error)
    }
    do {
      return .query(try Binder.bind(statement))
    } catch {
      throw QueryError(error)
    }
  }

  /// The plan of the query `text` for `parameters`, prepared as `prepare` does; a schema
  /// command, which has none, is an error.
  func preparedQuery(_ text: String, parameters: [String: Value]) throws(QueryError)
    -> PreparedQuery
  {
    guard case .query(let entry) = try prepare(text, parameters: parameters) else {
      throw QueryError(
        type: "SemanticError", detail: "NotAQuery", phase: .compile,
        message: "A schema command is not a query", span: nil)
    }
    return entry.query
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
