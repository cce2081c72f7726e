import CypherSyntax

/// Which clause a pattern belongs to, for the rules that differ between them.
enum PatternMode {
  /// MATCH, and patterns in expressions: bound variables are matched again.
  case match
  /// CREATE and MERGE: new relationships need one type and a fixed length; a bound node may
  /// only be referred to, bare, in a chain.
  case create, merge
}

/// One part of a pattern as the binder sees it: an element and the name of its path, if any.
struct BindablePart {
  var path: (name: String, span: SourceSpan)?
  var element: PatternElement

  init(_ part: PatternPart) {
    path = part.pathVariable.map { ($0.name, $0.span) }
    element = part.element
  }

  init(path: String?, element: PatternElement) {
    self.path = path.map { ($0, element.span) }
    self.element = element
  }
}

extension Binder {
  mutating func bindPattern(_ pattern: Pattern, mode: PatternMode) throws(SemanticError) {
    try bindParts(pattern.parts.map(BindablePart.init), mode: mode)
  }

  mutating func bindParts(_ parts: [BindablePart], mode: PatternMode) throws(SemanticError) {
    let before = scope
    try checkRelationshipsDistinct(parts)
    for part in parts {
      try bindElement(part.element, mode: mode, before: before)
      if let path = part.path { try introduce(path.name, at: path.span, as: .path) }
    }
    // Property maps may refer to any variable of the pattern, so they are checked last.
    for part in parts { try checkProperties(of: part.element, mode: mode) }
  }

  private mutating func bindElement(_ element: PatternElement, mode: PatternMode, before: Scope)
    throws(SemanticError)
  {
    let isChain = !element.steps.isEmpty
    try bindNode(element.start, mode: mode, isChain: isChain, before: before)
    for step in element.steps {
      try bindRelationship(step.relationship, mode: mode)
      try bindNode(step.node, mode: mode, isChain: isChain, before: before)
    }
  }

  private mutating func bindNode(
    _ node: NodePattern, mode: PatternMode, isChain: Bool, before: Scope
  ) throws(SemanticError) {
    guard let variable = node.variable else { return }
    guard let kind = scope.kind(of: variable.name) else {
      scope.bind(variable.name, as: .node)
      return
    }
    let knownType = kind == .value ? scope.valueType(of: variable.name) : nil
    let couldBeNode = knownType == nil || knownType == .node || knownType == .null
    guard kind == .node || (kind == .value && couldBeNode) else {
      throw SemanticError(
        .variableTypeConflict,
        "Variable `\(variable.name)` is a \(knownType?.name ?? kind.rawValue), not a node",
        at: variable.span)
    }
    let isRedeclared =
      !node.labels.isEmpty || node.properties != nil
      || (!isChain && before.kind(of: variable.name) != nil)
    if mode != .match && isRedeclared {
      throw SemanticError(
        .variableAlreadyBound,
        "Variable `\(variable.name)` already declared; refer to it as (\(variable.name)) only",
        at: variable.span)
    }
  }

  private mutating func bindRelationship(_ relationship: RelationshipPattern, mode: PatternMode)
    throws(SemanticError)
  {
    let kind: VariableKind = relationship.length == nil ? .relationship : .relationshipList
    if let variable = relationship.variable {
      if let bound = scope.kind(of: variable.name) {
        if mode != .match {
          throw SemanticError(
            .variableAlreadyBound, "Variable `\(variable.name)` already declared", at: variable.span
          )
        }
        let knownType = bound == .value ? scope.valueType(of: variable.name) : nil
        let couldBeKind =
          knownType == nil || knownType == .null
          || (kind == .relationshipList ? knownType?.isList == true : knownType == .relationship)
        guard bound == kind || (bound == .value && couldBeKind) else {
          throw SemanticError(
            .variableTypeConflict,
            "Variable `\(variable.name)` is a \(bound.rawValue), not a \(kind.rawValue)",
            at: variable.span)
        }
      } else {
        scope.bind(variable.name, as: kind)
      }
    }
    guard mode != .match else { return }
    if relationship.types.count != 1 {
      throw SemanticError(
        .noSingleRelationshipType, "A relationship must have exactly one type to be created",
        at: relationship.span)
    }
    if relationship.length != nil {
      throw SemanticError(
        .creatingVarLength, "Variable-length relationships cannot be created", at: relationship.span
      )
    }
  }

  private mutating func checkProperties(of element: PatternElement, mode: PatternMode)
    throws(SemanticError)
  {
    for properties in Self.propertyMaps(of: element) {
      if mode != .create, case .parameter = properties.kind {
        throw SemanticError(
          .invalidParameterUse,
          "A parameter cannot stand for a pattern's properties in MATCH or MERGE; write {key: $value}",
          at: properties.span)
      }
      try check(properties, context: .plain)
    }
  }

  /// One pattern cannot name the same relationship twice: it could never match.
  private func checkRelationshipsDistinct(_ parts: [BindablePart]) throws(SemanticError) {
    var seen: Set<String> = []
    for part in parts {
      for step in part.element.steps {
        guard let variable = step.relationship.variable else { continue }
        if !seen.insert(variable.name).inserted {
          throw SemanticError(
            .relationshipUniquenessViolation,
            "Relationship `\(variable.name)` occurs twice in one pattern", at: variable.span)
        }
      }
    }
  }

  /// The inline property maps of a pattern's nodes and relationships.
  static func propertyMaps(of element: PatternElement) -> [Expression] {
    ([element.start.properties]
      + element.steps.flatMap { [$0.relationship.properties, $0.node.properties] }).compactMap {
        $0
      }
  }

  /// The variables a pattern names, with where each is named.
  static func variables(of element: PatternElement) -> [Identifier] {
    [element.start.variable].compactMap { $0 }
      + element.steps.flatMap { [$0.relationship.variable, $0.node.variable].compactMap { $0 } }
  }
}
