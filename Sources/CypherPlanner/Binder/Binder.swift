import CypherSyntax

/// Semantic analysis: walks a parsed statement clause by clause, keeping the scope of
/// variables, and raises what openCypher rejects at compile time.
///
/// Scope rules: MATCH, UNWIND, CREATE and MERGE add variables; WITH and RETURN replace the
/// scope with their projected names (all of it, with `*`); comprehensions, quantifiers and
/// subqueries see the enclosing scope plus their own variables, which do not leak out.
public struct Binder {
  var scope: Scope
  /// Whether the query being bound is the body of `EXISTS { … }` or `COUNT { … }`.
  let isSubquery: Bool

  /// Analyses `statement`.
  /// - Throws: `SemanticError` for the first thing openCypher rejects at compile time.
  public static func bind(_ statement: Statement) throws(SemanticError) -> BoundQuery {
    var binder = Binder(scope: Scope(), isSubquery: false)
    let columns = try binder.bindQuery(statement.query)
    return BoundQuery(statement: statement, columns: columns)
  }

  /// Binds a query with UNION parts; returns its columns.
  mutating func bindQuery(_ query: Query) throws(SemanticError) -> [String] {
    let outer = scope
    let columns = try bindSingleQuery(query.first)
    for union in query.unions {
      if union.isAll != query.unions[0].isAll {
        throw SemanticError(
          .invalidClauseComposition, "UNION and UNION ALL cannot be mixed in one query",
          at: union.query.span)
      }
      scope = outer
      let partColumns = try bindSingleQuery(union.query)
      if partColumns != columns {
        throw SemanticError(
          .differentColumnsInUnion, "All parts of a UNION must return the same columns",
          at: union.query.span)
      }
    }
    return columns
  }

  /// Binds one single query; returns its columns.
  mutating func bindSingleQuery(_ query: SingleQuery) throws(SemanticError) -> [String] {
    var columns: [String] = []
    for clause in query.clauses {
      columns = try bind(clause)
    }
    if let last = query.clauses.last, !isSubquery {
      switch last {
      case .return, .create, .merge, .set, .remove, .delete: break
      case .match, .unwind, .with:
        throw SemanticError(
          .invalidClauseComposition, "A query cannot end with \(Self.name(of: last)); add a RETURN",
          at: query.span)
      }
    }
    return columns
  }

  static func name(of clause: Clause) -> String {
    switch clause {
    case .match: "MATCH"
    case .unwind: "UNWIND"
    case .with: "WITH"
    case .return: "RETURN"
    case .create: "CREATE"
    case .merge: "MERGE"
    case .set: "SET"
    case .remove: "REMOVE"
    case .delete: "DELETE"
    }
  }

  /// Raises UndefinedVariable unless `name` is in scope.
  func requireBound(_ name: String, at span: SourceSpan) throws(SemanticError) {
    guard scope.kind(of: name) != nil else {
      throw SemanticError(.undefinedVariable, "Variable `\(name)` not defined", at: span)
    }
  }
}
