import CypherPlanner
import CypherSyntax

/// A nested plan run for one row at a time: a pattern predicate, `EXISTS { … }`, `COUNT { … }`
/// or a pattern comprehension.
final class SubqueryRows {
  let root: any PhysicalOperator
  /// For a plan of one hop and filters, the same rows made straight from the adjacency list.
  let probe: NeighborProbe?

  init(root: any PhysicalOperator, probe: NeighborProbe? = nil) {
    self.root = root
    self.probe = probe
  }

  func hasRow(_ row: Row, _ context: ExecutionContext) throws -> Bool {
    if let probe { return try probe.hasMatch(row, context) }
    var found = false
    try root.forEachRow(on: row, context) { _ in
      found = true
      return false
    }
    return found
  }

  func count(_ row: Row, _ context: ExecutionContext) throws -> Int {
    if let probe { return try probe.count(row, context) }
    var count = 0
    try root.forEachRow(on: row, context) { _ in
      count += 1
      return true
    }
    return count
  }

  func forEach(_ row: Row, _ context: ExecutionContext, _ body: (Row) throws -> Void) throws {
    if let probe { return try probe.forEachMatch(row, context, body) }
    try root.forEachRow(on: row, context) {
      try body($0)
      return true
    }
  }
}

extension ExpressionCompiler {
  func compileSubquery(_ subquery: Subquery) throws -> SubqueryRows {
    let (rows, innerSlots) = try lowerSubquery(subquery)
    releaseSlots(of: innerSlots)
    return rows
  }

  /// Plans and lowers a subquery on rows where this compiler's variables are bound; `reading`
  /// are the expressions that will be evaluated on its rows.
  private func lowerSubquery(_ subquery: Subquery, reading: [Expression] = []) throws -> (
    rows: SubqueryRows, slots: [String: Int]
  ) {
    let bound = Set(slots.keys)
    let plan =
      switch subquery {
      case .pattern(let pattern, let predicate):
        LogicalPlanner.planSubquery(pattern, predicate: predicate, bound: bound, catalog: catalog)
      case .query(let query) where query.unions.isEmpty:
        LogicalPlanner.planSubquery(query.first, bound: bound, catalog: catalog)
      case .query:
        throw ExecutionError(
          .semanticError, "UnsupportedFeature", "UNION inside a subquery is not supported")
      }
    var lowering = Lowering(layout: layout, catalog: catalog, slots: slots)
    let root = try lowering.lower(plan)
    let probe = try neighborProbe(plan, lowering, reading: reading)
    return (SubqueryRows(root: root, probe: probe), lowering.slots)
  }

  /// A probe for a plan that is one hop from a bound node with only filters around it, whose
  /// rows `reading` will be evaluated on. A filter before the hop reads none of its variables
  /// (the planner runs `WHERE size($muscles) = 0` first); the probe tests it first too, once a
  /// call.
  private func neighborProbe(_ plan: LogicalPlan, _ lowering: Lowering, reading: [Expression])
    throws -> NeighborProbe?
  {
    var predicates: [Expression] = []
    var operators = plan.operators[...]
    while case .filter(let predicate)? = operators.first {
      predicates.append(predicate)
      operators = operators.dropFirst()
    }
    guard case .expand(let expand)? = operators.first, expand.length == nil,
      !expand.isInto, expand.distinctFrom.isEmpty, let from = slots[expand.from],
      let relationship = lowering.slots[expand.relationship], let to = lowering.slots[expand.to]
    else { return nil }
    for logicalOperator in operators.dropFirst() {
      guard case .filter(let predicate) = logicalOperator else { return nil }
      predicates.append(predicate)
    }
    var inner = self
    inner.slots = lowering.slots
    let read = Self.variables(in: predicates + reading)
    let probeVariables: Set = [expand.relationship, expand.to]
    return NeighborProbe(
      from: from, relationship: read.contains(expand.relationship) ? relationship : nil, to: to,
      step: lowering.relationshipStep(expand),
      filters: try predicates.map {
        try neighborFilter(
          $0, neighbor: expand.to, probeVariables: probeVariables, inner: inner)
      },
      scratch: ScratchRow(reading: read, in: slots))
  }

  /// Hands out again the slots of the variables a subquery or comprehension bound, which live
  /// only while it runs (its rows are copies of the row it runs on).
  func releaseSlots(of innerSlots: [String: Int]) {
    layout.release(Set(innerSlots.values).subtracting(slots.values))
  }

  /// `[path = pattern WHERE predicate | projection]`.
  func compilePatternComprehension(
    _ path: String?, _ element: PatternElement, _ predicate: Expression?, _ projection: Expression
  ) throws -> Evaluator {
    let part = PatternPart(
      pathVariable: path.map { Identifier(name: $0, span: element.span) }, element: element)
    let (rows, innerSlots) = try lowerSubquery(
      .pattern(Pattern(parts: [part]), predicate: predicate), reading: [projection])
    var inner = self
    inner.slots = innerSlots
    let projection = try inner.compile(projection)
    releaseSlots(of: innerSlots)
    return { row, context in
      var results: [RuntimeValue] = []
      try rows.forEach(row, context) {
        // Room for a few at the first, rather than growing from one.
        if results.isEmpty { results.reserveCapacity(4) }
        results.append(try projection($0, context))
      }
      return .list(results)
    }
  }
}
