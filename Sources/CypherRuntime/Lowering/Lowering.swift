import CypherPlanner
import CypherSyntax
import GraphModel

/// Turns a logical plan into physical operators: gives each variable a row slot and compiles
/// each expression against the slots in scope where it appears.
struct Lowering {
  let layout: SlotLayout
  let catalog: any GraphCatalog
  /// The slot of each variable in scope after the operators lowered so far.
  var slots: [String: Int]
  /// Under PROFILE, where each operator's counters go.
  let profile: QueryProfile?
  /// Under PROFILE, the path of the plan being lowered (a nested plan's is its operator's).
  private var planPath: PlanDescription.OperatorPath
  /// Whether the slots of variables a `WITH` drops are handed out again. Only the query's own
  /// pipeline may: a nested plan (OPTIONAL MATCH's, a subquery's) runs inside rows whose other
  /// variables are still live even where the nested plan cannot see them.
  private var reusesSlots: Bool
  /// The operators lowered so far that share the pipeline's row buffer.
  private let rowChain = RowChain()

  init(
    layout: SlotLayout, catalog: any GraphCatalog, slots: [String: Int] = [:],
    profile: QueryProfile? = nil, planPath: PlanDescription.OperatorPath = [],
    reusesSlots: Bool = false
  ) {
    self.layout = layout
    self.catalog = catalog
    self.slots = slots
    self.profile = profile
    self.planPath = planPath
    self.reusesSlots = reusesSlots
  }

  mutating func lower(_ plan: LogicalPlan) throws -> any PhysicalOperator {
    var current: any PhysicalOperator = ArgumentOperator(layout: layout)
    let base = planPath
    defer { planPath = base }
    for (index, logicalOperator) in plan.operators.enumerated() {
      planPath = base + [index]
      let lowered = try lower(logicalOperator, input: current)
      // `WITH`'s selection of variables lowers to no operator of its own.
      if lowered !== current { rowChain.admit(lowered) }
      current = lowered
      if let profile {
        let counters = profile.counters(at: base + [index])
        if index > 0 { counters.children.append(base + [index - 1]) }
        current = ProfiledOperator(current, counters: counters)
      }
    }
    return current
  }

  /// Lowers the plan nested in the operator being lowered (OPTIONAL MATCH's, MERGE's), whose
  /// time PROFILE counts apart from the operator's own.
  private mutating func lowerNested(_ plan: LogicalPlan) throws -> any PhysicalOperator {
    let path = planPath
    if let profile, !plan.operators.isEmpty {
      profile.counters(at: path).children.append(path + [plan.operators.count - 1])
    }
    let reused = reusesSlots
    reusesSlots = false
    defer { reusesSlots = reused }
    return try lower(plan)
  }

  var compiler: ExpressionCompiler {
    ExpressionCompiler(slots: slots, layout: layout, catalog: catalog)
  }

  /// A new slot for `name`, which from now on refers to it.
  mutating func bind(_ name: String) -> Int {
    let slot = layout.allocate()
    slots[name] = slot
    return slot
  }

  /// The slot of `name` if it is bound, else a new one.
  mutating func slot(for name: String) -> Int { slots[name] ?? bind(name) }

  private func seekTarget(_ value: SeekValue, scanWhen: Expression?) throws -> SeekTarget {
    SeekTarget(
      value: try compiler.compile(value.expression), isList: value.isList,
      scanWhen: try scanWhen.map(compiler.compile))
  }

  private mutating func lower(_ logicalOperator: LogicalOperator, input: any PhysicalOperator)
    throws -> any PhysicalOperator
  {
    switch logicalOperator {
    case .nodeScan(let variable, let label):
      return NodeScanOperator(input: input, slot: bind(variable), label: label)
    case .nodeIndexSeek(let variable, let label, let key, let value, let scanWhen):
      let target = try seekTarget(value, scanWhen: scanWhen)
      return NodeIndexSeekOperator(
        input: input, slot: bind(variable), label: label, key: key, target: target)
    case .nodeByIdSeek(let variable, let label, let identifier, let ids, let scanWhen):
      let target = try seekTarget(ids, scanWhen: scanWhen)
      return NodeByIdSeekOperator(
        input: input, slot: bind(variable), label: label, identifier: identifier, target: target)
    case .expand(let expand):
      return try lower(expand, input: input)
    case .optionalExpand(let expand):
      return try lower(expand, input: input, isOptional: true)
    case .countExpand(let expand, let count):
      return CountExpandOperator(
        input: input, from: slot(for: expand.from), count: bind(count),
        step: relationshipStep(expand))
    case .filter(let predicate):
      return FilterOperator(input: input, predicate: try compiler.compile(predicate))
    case .namedPath(let variable, let elements):
      let elementSlots = elements.compactMap { slots[$0] }
      return MapOperator.namedPath(input: input, slot: bind(variable), elements: elementSlots)
    case .optional(let plan, let introduces):
      // The nested plan adds to the same rows, so its variables stay in scope after it; a row
      // it finds nothing for has null in every slot it may have written but the outer ones.
      let outerSlots = Set(slots.values)
      let writtenBefore = rowChain.written.count
      let inner = try lowerNested(plan)
      let introduced = Set(introduces.compactMap { slots[$0] })
        .union(rowChain.written[writtenBefore...]).subtracting(outerSlots)
      return OptionalOperator(input: input, inner: inner, introduced: introduced.sorted())
    case .unwind(let list, let variable):
      let list = try compiler.compile(list)
      return UnwindOperator(input: input, slot: bind(variable), list: list)
    case .project(let columns):
      let values = try columns.map { try compiler.compile($0.expression) }
      let targets = columns.map { bind($0.name) }
      return MapOperator.projection(input: input, Array(zip(targets, values)))
    case .select(let names):
      if reusesSlots { layout.release(slots.filter { !names.contains($0.key) }.values) }
      slots = slots.filter { names.contains($0.key) }
      return input
    case .aggregate(let keys, let aggregates):
      return try lowerAggregate(keys: keys, aggregates: aggregates, input: input)
    case .distinct(let names):
      return DistinctOperator(input: input, slots: names.compactMap { slots[$0] })
    case .sort(let items):
      return SortOperator(
        input: input, order: try order(items), keptSlots: slots.values.sorted(), layout: layout)
    case .top(let items, let limit):
      return TopOperator(input: input, order: try order(items), limit: try compiler.compile(limit))
    case .skip(let count):
      return SkipOperator(input: input, count: try compiler.compile(count))
    case .limit(let count):
      return LimitOperator(input: input, count: try compiler.compile(count))
    case .create(let pattern):
      var parts: [PatternCreation] = []
      for part in pattern.parts { parts.append(try creation(of: part, boundBefore: slots)) }
      return CreateOperator(input: input, parts: parts)
    case .merge(let clause, let match):
      let before = slots
      let matchRoot = try lowerNested(match)
      let creation = try creation(of: clause.part, boundBefore: before)
      return MergeOperator(
        input: input, match: matchRoot, creation: creation,
        onCreate: try clause.onCreate.map { try compiler.compile($0) },
        onMatch: try clause.onMatch.map { try compiler.compile($0) })
    case .set(let items):
      return SetOperator(input: input, updates: try items.map { try compiler.compile($0) })
    case .remove(let items):
      return SetOperator(input: input, updates: try items.map { try compiler.compile($0) })
    case .delete(let expressions, let isDetach):
      return DeleteOperator(
        input: input, targets: try expressions.map { try compiler.compile($0) }, isDetach: isDetach)
    }
  }

  private func order(_ items: [SortItem]) throws -> RowOrder {
    RowOrder(keys: try items.map { (try compiler.compile($0.expression), $0.isDescending) })
  }
}
