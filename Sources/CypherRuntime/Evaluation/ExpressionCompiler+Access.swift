import CypherSyntax

extension ExpressionCompiler {
  func compileProperty(_ subject: Expression, key: String, span: SourceSpan) throws -> Evaluator {
    let key = PropertyKey(key)
    // `n.key`, the commonest form: the entity is read from its slot in place, not through the
    // variable's own evaluator and a copy.
    if case .variable(let name) = subject.kind {
      let slot = try slot(of: name, at: subject.span)
      return { row, context in try located(span) { try context.property(key, of: row[slot]) } }
    }
    let evaluator = try compile(subject)
    return { row, context in
      let value = try evaluator(row, context)
      return try located(span) { try context.property(key, of: value) }
    }
  }

  /// `list[i]` (negative from the end, null past it), `map[key]`, `entity[key]`.
  func compileIndex(_ subject: Expression, _ index: Expression) throws -> Evaluator {
    let (subject, index) = (try compile(subject), try compile(index))
    return { row, context in
      let (container, position) = (try subject(row, context), try index(row, context))
      switch (container, position) {
      case (.null, _), (_, .null): return .null
      case (.list(let elements), .integer(let offset)):
        let resolved = offset < 0 ? Int64(elements.count) + offset : offset
        return resolved >= 0 && resolved < elements.count ? elements[Int(resolved)] : .null
      case (.map, .string(let key)), (.node, .string(let key)), (.relationship, .string(let key)):
        return try context.property(key, of: container)
      case (.list, _), (.map, _), (.node, _), (.relationship, _):
        throw ExecutionError.type(
          "Cannot index a \(container.typeName) with a \(position.typeName)")
      default:
        throw ExecutionError.type("Cannot index a \(container.typeName)")
      }
    }
  }

  /// `list[from..to]`: bounds as in indexing, clamped; a null bound makes null.
  func compileSlice(_ subject: Expression, from: Expression?, to: Expression?) throws -> Evaluator {
    let subject = try compile(subject)
    let from = try from.map(compile)
    let to = try to.map(compile)
    return { row, context in
      let container = try subject(row, context)
      let lower = try from.map { try $0(row, context) } ?? .integer(0)
      let upper = try to.map { try $0(row, context) } ?? .integer(Int64.max)
      switch (container, lower, upper) {
      case (.null, _, _), (_, .null, _), (_, _, .null): return .null
      case (.list(let elements), .integer(let start), .integer(let end)):
        let count = Int64(elements.count)
        func clamp(_ offset: Int64) -> Int {
          Int(Swift.max(0, Swift.min(count, offset < 0 ? count + offset : offset)))
        }
        let (low, high) = (clamp(start), clamp(end))
        return .list(low < high ? Array(elements[low..<high]) : [])
      default:
        throw ExecutionError.type("Cannot slice a \(container.typeName) with non-integer bounds")
      }
    }
  }

  /// `n:A:B|C`: each group needs one of its labels.
  func compileHasLabels(_ subject: Expression, _ labels: [[String]]) throws -> Evaluator {
    let subject = try compile(subject)
    // A node's labels are tested as an expand tests its far node's: by the bitmap of its row.
    let requirement = LabelRequirement(labels)
    return { row, context in
      switch try subject(row, context) {
      case .null: return .null
      case .node(let id):
        return .boolean(
          try requirement.isSatisfied(by: id, labelBits: try context.labelBits(of: id), context))
      case .relationship(let relationship):
        let type = try context.typeName(of: relationship)
        return .boolean(labels.allSatisfy { $0.contains(type) })
      case let other:
        throw ExecutionError.type("Cannot test the labels of a \(other.typeName)")
      }
    }
  }

  func compileCase(subject: Expression?, branches: [CaseBranch], otherwise: Expression?) throws
    -> Evaluator
  {
    let subject = try subject.map(compile)
    let branches = try branches.map { (try compile($0.condition), try compile($0.result)) }
    let otherwise = try otherwise.map(compile)
    return { row, context in
      let tested = try subject.map { try $0(row, context) }
      for (condition, result) in branches {
        let value = try condition(row, context)
        let matches =
          if let tested { Equality.equals(tested, value) == true } else {
            try Logic.truth(value) == true
          }
        if matches { return try result(row, context) }
      }
      return try otherwise.map { try $0(row, context) } ?? .null
    }
  }
}
