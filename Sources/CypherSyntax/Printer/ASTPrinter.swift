/// Prints the AST back as canonical Cypher: keywords upper case, one space between parts,
/// parentheses only where precedence needs them, names backquoted only where they must be.
///
/// Parsing the printed text gives the same tree again, which the tests rely on.
public enum ASTPrinter {
  public static func print(_ statement: Statement) -> String {
    let query = print(statement.query)
    switch statement.mode {
    case .run: return query
    case .explain: return "EXPLAIN " + query
    case .profile: return "PROFILE " + query
    }
  }

  public static func print(_ query: Query) -> String {
    var text = print(query.first)
    for union in query.unions {
      text += (union.isAll ? " UNION ALL " : " UNION ") + print(union.query)
    }
    return text
  }

  static func print(_ query: SingleQuery) -> String {
    query.clauses.map(print).joined(separator: " ")
  }

  static func print(_ clause: Clause) -> String {
    switch clause {
    case .match(let match):
      return (match.isOptional ? "OPTIONAL MATCH " : "MATCH ") + print(match.pattern)
        + whereText(match.predicate)
    case .unwind(let unwind):
      return "UNWIND \(print(unwind.expression)) AS \(name(unwind.variable.name))"
    case .with(let with):
      return "WITH " + print(with.projection) + whereText(with.predicate)
    case .return(let ret):
      return "RETURN " + print(ret.projection)
    case .create(let create):
      return "CREATE " + print(create.pattern)
    case .merge(let merge):
      var text = "MERGE " + print(merge.part)
      if !merge.onCreate.isEmpty {
        text += " ON CREATE SET " + merge.onCreate.map(print).joined(separator: ", ")
      }
      if !merge.onMatch.isEmpty {
        text += " ON MATCH SET " + merge.onMatch.map(print).joined(separator: ", ")
      }
      return text
    case .set(let set):
      return "SET " + set.items.map(print).joined(separator: ", ")
    case .remove(let remove):
      return "REMOVE " + remove.items.map(print).joined(separator: ", ")
    case .delete(let delete):
      return (delete.isDetach ? "DETACH DELETE " : "DELETE ")
        + delete.expressions.map(print).joined(separator: ", ")
    }
  }

  private static func whereText(_ predicate: Expression?) -> String {
    predicate.map { " WHERE " + print($0) } ?? ""
  }

  static func print(_ projection: Projection) -> String {
    var parts = projection.includesAll ? ["*"] : []
    parts += projection.items.map { item in
      print(item.expression) + (item.alias.map { " AS " + name($0.name) } ?? "")
    }
    var text = (projection.isDistinct ? "DISTINCT " : "") + parts.joined(separator: ", ")
    if !projection.orderBy.isEmpty {
      text +=
        " ORDER BY "
        + projection.orderBy.map { print($0.expression) + ($0.isDescending ? " DESC" : "") }
        .joined(separator: ", ")
    }
    if let skip = projection.skip { text += " SKIP " + print(skip) }
    if let limit = projection.limit { text += " LIMIT " + print(limit) }
    return text
  }

  public static func print(_ item: SetItem) -> String {
    switch item {
    case .property(let target, let key, let value):
      return "\(print(target, above: .postfix)).\(name(key)) = \(print(value))"
    case .replaceProperties(let variable, let value):
      return "\(name(variable.name)) = \(print(value))"
    case .mergeProperties(let variable, let value):
      return "\(name(variable.name)) += \(print(value))"
    case .labels(let variable, let labels):
      return name(variable.name) + labels.map { ":" + name($0.name) }.joined()
    }
  }

  public static func print(_ item: RemoveItem) -> String {
    switch item {
    case .property(let target, let key): return "\(print(target, above: .postfix)).\(name(key))"
    case .labels(let variable, let labels):
      return name(variable.name) + labels.map { ":" + name($0.name) }.joined()
    }
  }

  // MARK: Patterns

  public static func print(_ pattern: Pattern) -> String {
    pattern.parts.map(print).joined(separator: ", ")
  }

  public static func print(_ part: PatternPart) -> String {
    (part.pathVariable.map { name($0.name) + " = " } ?? "") + print(part.element)
  }

  public static func print(_ element: PatternElement) -> String {
    print(element.start) + element.steps.map { print($0.relationship) + print($0.node) }.joined()
  }

  static func print(_ node: NodePattern) -> String {
    var inside = node.variable.map { name($0.name) } ?? ""
    inside += labelsText(node.labels.map { $0.map(\.name) })
    if let properties = node.properties {
      inside += (inside.isEmpty ? "" : " ") + print(properties)
    }
    return "(\(inside))"
  }

  static func print(_ relationship: RelationshipPattern) -> String {
    var inside = relationship.variable.map { name($0.name) } ?? ""
    if !relationship.types.isEmpty {
      inside += ":" + relationship.types.map { name($0.name) }.joined(separator: "|")
    }
    if let length = relationship.length {
      inside += "*"
      switch (length.minimum, length.maximum) {
      case (let minimum?, let maximum?) where minimum == maximum: inside += "\(minimum)"
      case (let minimum, let maximum):
        inside +=
          (minimum.map(String.init) ?? "") + (minimum == nil && maximum == nil ? "" : "..")
          + (maximum.map(String.init) ?? "")
      }
    }
    if let properties = relationship.properties {
      inside += (inside.isEmpty ? "" : " ") + print(properties)
    }
    let body = inside.isEmpty ? "--" : "-[\(inside)]-"
    switch relationship.direction {
    case .outgoing: return body + ">"
    case .incoming: return "<" + body
    case .either: return body
    }
  }

  public static func labelsText(_ labels: [[String]]) -> String {
    labels.map { ":" + $0.map(name).joined(separator: "|") }.joined()
  }

  // MARK: Names

  /// A name, backquoted unless it is a plain word that cannot be mistaken for a keyword.
  static func name(_ name: String) -> String {
    ReservedWords.contains(name) ? "`\(name)`" : CypherText.name(name)
  }
}
