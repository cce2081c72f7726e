import CypherSyntax

extension LogicalPlanner {
  /// Plans MATCH: each pattern part from its cheapest node outwards, then WHERE's conjuncts
  /// as filters (the push-down pass moves each to where its variables are bound).
  mutating func planMatch(_ pattern: Pattern, predicate: Expression?) {
    var relationships: [String] = []
    let conjuncts = predicate.map(Conjuncts.split) ?? []
    for part in pattern.parts {
      planPart(part, conjuncts: conjuncts, relationships: &relationships)
    }
    for conjunct in conjuncts { operators.append(.filter(conjunct)) }
  }

  /// Plans one pattern part, starting at its cheapest node; `conjuncts` are the MATCH's WHERE,
  /// whose equalities make a node cheaper to start from.
  private mutating func planPart(
    _ part: PatternPart, conjuncts: [Expression], relationships: inout [String]
  ) {
    let element = part.element
    let nodes = [element.start] + element.steps.map(\.node)
    let nodeNames = nodes.map { $0.variable?.name ?? anonymousVariable() }
    var relationshipNames: [String] = []
    for step in element.steps {
      let name = step.relationship.variable?.name ?? anonymousVariable()
      // A relationship bound by an earlier clause is matched afresh, then required equal.
      if bound.contains(name) {
        relationshipNames.append(anonymousVariable())
      } else {
        relationshipNames.append(name)
      }
    }

    let costs = nodes.indices.map { cost(of: nodes[$0], named: nodeNames[$0], conjuncts) }
    let start = costs.indices.min { costs[$0] < costs[$1] } ?? 0
    bindNode(nodes[start], named: nodeNames[start])
    for index in start..<element.steps.count {
      expand(
        element.steps[index], from: nodeNames[index], to: nodes[index + 1],
        named: nodeNames[index + 1], relationship: relationshipNames[index],
        isReversed: false, relationships: &relationships)
    }
    for index in (0..<start).reversed() {
      expand(
        element.steps[index], from: nodeNames[index + 1], to: nodes[index],
        named: nodeNames[index], relationship: relationshipNames[index],
        isReversed: true, relationships: &relationships)
    }
    if let path = part.pathVariable {
      var elements = [nodeNames[0]]
      for index in element.steps.indices {
        elements += [relationshipNames[index], nodeNames[index + 1]]
      }
      operators.append(.namedPath(variable: path.name, elements: elements))
      bound.insert(path.name)
    }
  }

  /// Roughly how many rows starting at `node` produces: none when it is bound, one for a seek
  /// by id or by index, else the size of its smallest label (or of the whole graph) — a tenth
  /// of it when a property must equal a known value (in `conjuncts` or its inline map).
  private func cost(of node: NodePattern, named name: String, _ conjuncts: [Expression]) -> Int {
    if bound.contains(name) { return 0 }
    if isSoughtByID(name, conjuncts) { return 1 }
    let labels = node.labels.compactMap { $0.count == 1 ? $0[0].name : nil }
    var keys = equalKeys(of: name, conjuncts)
    if let properties = node.properties, case .map(let entries) = properties.kind {
      keys += entries.map(\.key)
    }
    for label in labels
    where keys.contains(where: { catalog.hasPropertyIndex(label: label, key: $0) }) {
      return 1
    }
    let count = labels.map { catalog.nodeCount(label: $0) }.min() ?? catalog.nodeCount(label: nil)
    return (keys.isEmpty ? count : count / Self.equalitySelectivity) + 1
  }

  /// How many times fewer rows a property equality is guessed to keep, without statistics on
  /// the values.
  private static let equalitySelectivity = 10

  /// The keys of `name`'s properties that `conjuncts` require equal to (or in) a value known
  /// before the match: `n.key = $value`, `n.key IN list`.
  private func equalKeys(of name: String, _ conjuncts: [Expression]) -> [String] {
    conjuncts.compactMap { conjunct in
      guard let (key, value) = IndexSelection.seekable(conjunct, on: name) else { return nil }
      return isKnown(value) ? key : nil
    }
  }

  /// Whether `conjuncts` require `name`'s id equal to (or in) a value known before the match,
  /// so starting there is a seek of a few nodes.
  private func isSoughtByID(_ name: String, _ conjuncts: [Expression]) -> Bool {
    conjuncts.contains { conjunct in
      guard let (_, ids) = NodeByIdSelection.seekable(conjunct, on: name) else { return false }
      return isKnown(ids)
    }
  }

  /// Whether what a seek looks for is known before the match: it uses only bound variables.
  private func isKnown(_ value: SeekValue) -> Bool {
    Conjuncts.variables(in: value.expression).isSubset(of: bound)
  }

  /// Binds a pattern's start node: a scan unless it is bound, then its labels and properties
  /// as filters.
  private mutating func bindNode(_ node: NodePattern, named name: String) {
    var labels = node.labels
    if !bound.contains(name) {
      let single = labels.indices.filter { labels[$0].count == 1 }
      let scanned = single.min {
        catalog.nodeCount(label: labels[$0][0].name) < catalog.nodeCount(label: labels[$1][0].name)
      }
      operators.append(.nodeScan(variable: name, label: scanned.map { labels[$0][0].name }))
      if let scanned { labels.remove(at: scanned) }
      bound.insert(name)
    }
    addFilters(for: name, labels: labels, properties: node.properties, span: node.span)
  }

  private mutating func expand(
    _ step: PatternStep, from: String, to node: NodePattern, named to: String,
    relationship: String, isReversed: Bool, relationships: inout [String]
  ) {
    let pattern = step.relationship
    var direction = pattern.direction
    if isReversed {
      switch direction {
      case .outgoing: direction = .incoming
      case .incoming: direction = .outgoing
      case .either: break
      }
    }
    let isInto = bound.contains(to)
    operators.append(
      .expand(
        Expand(
          from: from, relationship: relationship, to: to, types: pattern.types.map(\.name),
          direction: direction, length: pattern.length, isInto: isInto,
          relationshipProperties: pattern.length == nil ? nil : pattern.properties,
          distinctFrom: relationships, isReversed: isReversed)))
    bound.formUnion([relationship, to])
    relationships.append(relationship)
    if let original = pattern.variable?.name, original != relationship {
      operators.append(.filter(variable(relationship, span: pattern.span) == original))
    }
    if pattern.length == nil {
      addFilters(for: relationship, labels: [], properties: pattern.properties, span: pattern.span)
    }
    addFilters(for: to, labels: node.labels, properties: node.properties, span: node.span)
  }

  /// Filters for a pattern's labels and inline property map on `name`.
  private mutating func addFilters(
    for name: String, labels: [[Identifier]], properties: Expression?, span: SourceSpan
  ) {
    if !labels.isEmpty {
      let labelNames = labels.map { $0.map(\.name) }
      operators.append(
        .filter(Expression(.hasLabels(variable(name, span: span), labelNames), span)))
    }
    // The binder allows only map literals here (a parameter map is refused in MATCH).
    guard let properties, case .map(let entries) = properties.kind else { return }
    for entry in entries {
      let property = Expression(.property(variable(name, span: span), key: entry.key), span)
      operators.append(
        .filter(
          Expression(
            .comparison(property, [ComparisonStep(comparison: .equal, operand: entry.value)]),
            span)))
    }
  }

  private func variable(_ name: String, span: SourceSpan) -> Expression {
    Expression(.variable(name), span)
  }
}

extension Expression {
  /// `self = name`, for a variable `name`.
  fileprivate static func == (left: Expression, name: String) -> Expression {
    Expression(
      .comparison(
        left, [ComparisonStep(comparison: .equal, operand: Expression(.variable(name), left.span))]),
      left.span)
  }
}
