import CypherPlanner
import CypherSyntax
import GraphModel

extension Lowering {
  /// An expand; `isOptional` (a single step only) makes a row it finds nothing for pass on
  /// once with the relationship and the node reached null.
  mutating func lower(_ expand: Expand, input: any PhysicalOperator, isOptional: Bool = false)
    throws -> any PhysicalOperator
  {
    let from = slot(for: expand.from)
    let properties = try expand.relationshipProperties.map { try compiler.compile($0) }
    let distinctFrom = expand.distinctFrom.compactMap { slots[$0] }
    let step = relationshipStep(expand)
    let expandSlots = ExpandOperator.Slots(
      from: from, relationship: bind(expand.relationship),
      to: expand.isInto ? slot(for: expand.to) : bind(expand.to), distinctFrom: distinctFrom)
    guard let length = expand.length else {
      return ExpandOperator(
        input: input, slots: expandSlots, step: step, isInto: expand.isInto,
        isOptional: isOptional)
    }
    let bounds = VarLengthExpandOperator.Bounds(
      minimum: Int(clamping: length.minimum ?? 1), maximum: length.maximum.map { Int(clamping: $0) }
    )
    return VarLengthExpandOperator(
      input: input, slots: expandSlots, step: step, bounds: bounds, isInto: expand.isInto,
      isReversed: expand.isReversed, properties: properties)
  }

  /// The relationships an expand follows: its types, its direction, the labels of the far end.
  func relationshipStep(_ expand: Expand) -> RelationshipStep {
    let direction: Direction =
      switch expand.direction {
      case .outgoing: .outgoing
      case .incoming: .incoming
      case .either: .both
      }
    return RelationshipStep(
      types: expand.types, direction: direction, targetLabels: expand.targetLabels)
  }

  mutating func lowerAggregate(
    keys: [NamedExpression], aggregates: [NamedExpression], input: any PhysicalOperator
  ) throws -> any PhysicalOperator {
    let keyValues = try keys.map { try compiler.compile($0.expression) }
    var specifications: [(AggregateFunction, [Evaluator])] = []
    for aggregate in aggregates {
      switch aggregate.expression.kind {
      case .countAll:
        specifications.append(
          (AggregateFunction(name: "count", isDistinct: false, countsRows: true), []))
      case .function(let name, let isDistinct, let arguments):
        specifications.append(
          (
            AggregateFunction(name: name.lowercased(), isDistinct: isDistinct, countsRows: false),
            try arguments.map { try compiler.compile($0) }
          ))
      default:
        throw ExecutionError(
          .semanticError, "InvalidAggregation", "Not an aggregate", at: aggregate.expression.span)
      }
    }
    // After grouping, only the keys and the aggregates are in scope.
    slots = [:]
    let keyColumns = zip(keys, keyValues).map { (slot: bind($0.name), value: $1) }
    let aggregateColumns = zip(aggregates, specifications).map {
      AggregateOperator.Aggregate(function: $1.0, arguments: $1.1, slot: bind($0.name))
    }
    return AggregateOperator(
      input: input, keys: keyColumns, aggregates: aggregateColumns, layout: layout)
  }

  /// CREATE's view of a pattern part: which nodes are new (not among `boundBefore`), and the
  /// slots everything binds.
  mutating func creation(of part: PatternPart, boundBefore: [String: Int]) throws
    -> PatternCreation
  {
    let element = part.element
    var nodes: [PatternCreation.NodeStep] = []
    var seen: Set<String> = []
    for node in [element.start] + element.steps.map(\.node) {
      let name = node.variable?.name
      let isNew = name.map { boundBefore[$0] == nil && seen.insert($0).inserted } ?? true
      let nodeSlot = name.map { slot(for: $0) } ?? layout.allocate()
      nodes.append(
        PatternCreation.NodeStep(
          slot: nodeSlot, isNew: isNew, labels: isNew ? node.labels.flatMap { $0.map(\.name) } : [],
          properties: try isNew ? node.properties.map { try compiler.compile($0) } : nil))
    }
    var relationships: [PatternCreation.RelationshipStep] = []
    for step in element.steps {
      let pattern = step.relationship
      let relationshipSlot = pattern.variable.map { slot(for: $0.name) } ?? layout.allocate()
      relationships.append(
        PatternCreation.RelationshipStep(
          slot: relationshipSlot, type: pattern.types.first?.name ?? "",
          pointsBack: pattern.direction == .incoming,
          properties: try pattern.properties.map { try compiler.compile($0) }))
    }
    return PatternCreation(
      nodes: nodes, relationships: relationships,
      pathSlot: part.pathVariable.map { slot(for: $0.name) })
  }
}
