import CypherSyntax

/// One step of a `LogicalPlan`. Each consumes rows and produces rows; "binds" means it adds a
/// variable to each row it passes on.
///
/// The updating operators consume all their input before they change anything, so each
/// clause sees the graph as the clauses before it left it, as openCypher requires.
public indirect enum LogicalOperator: Hashable, Sendable {
  /// Binds `variable` to every node, or every node with `label`, once per input row.
  case nodeScan(variable: String, label: String?)
  /// Binds `variable` to the nodes with `label` whose `key` equals `value` — or, with
  /// `.anyOf`, any element of the list `value` — through the (label, key) property index; to
  /// every node with `label` for a row where `scanWhen` is true.
  case nodeIndexSeek(
    variable: String, label: String, key: String, value: SeekValue, scanWhen: Expression?)
  /// Binds `variable` to the nodes whose `identifier` equals `ids` — or, with `.anyOf`, any
  /// element of the list `ids` — and that have `label`, if any: each at most once; to every
  /// node (with `label`) for a row where `scanWhen` is true.
  case nodeByIdSeek(
    variable: String, label: String?, identifier: NodeIdentifier, ids: SeekValue,
    scanWhen: Expression?)
  /// Follows relationships from a bound node; see `Expand`.
  case expand(Expand)
  /// Binds `count` to the number of relationships `expand` would follow from its bound node,
  /// binding neither the relationship nor the node reached; a node with none makes no row.
  case countExpand(Expand, count: String)
  /// Keeps the rows for which `predicate` is true.
  case filter(Expression)
  /// Binds `variable` to the path through the named nodes and relationships.
  case namedPath(variable: String, elements: [String])
  /// Runs `plan` on each row; a row for which it finds nothing passes on once, with
  /// `introduces` bound to null.
  case optional(LogicalPlan, introduces: [String])
  /// OPTIONAL MATCH of one single-step expand: `expand`'s rows, or — for a row it finds
  /// nothing for — the row once with the relationship (and, unless `isInto`, the node reached)
  /// null. The same rows as `optional` with the expand nested, without running a nested plan.
  case optionalExpand(Expand)
  /// Binds `variable` to each element of the list `expression`.
  case unwind(Expression, variable: String)
  /// Binds each name to its expression, all computed from the same input row.
  case project([NamedExpression])
  /// Keeps only the named variables: the scope after WITH or RETURN.
  case select([String])
  /// Groups rows by `keys` and computes `aggregates` per group; the output rows hold exactly
  /// the keys and the aggregates.
  case aggregate(keys: [NamedExpression], aggregates: [NamedExpression])
  /// Removes rows equal, in the named variables, to an earlier one.
  case distinct([String])
  case sort([SortItem])
  case skip(Expression)
  case limit(Expression)
  /// `sort` then `limit`, keeping only the best `limit` rows as it goes.
  case top([SortItem], limit: Expression)
  case create(Pattern)
  /// MERGE: runs `match` on each row; creates `clause.part` when it finds nothing.
  case merge(MergeClause, match: LogicalPlan)
  case set([SetItem])
  case remove([RemoveItem])
  case delete([Expression], isDetach: Bool)

  /// Whether the operator writes to the graph.
  public var isUpdating: Bool {
    switch self {
    case .create, .merge, .set, .remove, .delete: true
    case .optional(let plan, _): plan.operators.contains(where: \.isUpdating)
    default: false
    }
  }
}

/// What a seek looks for.
public enum SeekValue: Hashable, Sendable {
  /// `n.key = value`, `id(n) = value`.
  case equal(Expression)
  /// `n.key IN list`, `id(n) IN list`.
  case anyOf(Expression)

  /// The value, or the list, sought.
  public var expression: Expression {
    switch self {
    case .equal(let expression), .anyOf(let expression): expression
    }
  }

  /// Whether the value is a list, any element of which will do.
  public var isList: Bool {
    if case .anyOf = self { true } else { false }
  }
}

/// How a node-by-id seek names nodes: by `id(n)`, an integer, or by `elementId(n)`, a string.
public enum NodeIdentifier: String, Hashable, Sendable {
  case id
  case elementId

  /// The identifier a function of that name (in any case) gives, if any.
  init?(functionName: String) {
    switch functionName.lowercased() {
    case "id": self = .id
    case "elementid": self = .elementId
    default: return nil
    }
  }

  /// The function's name as written in Cypher.
  public var functionName: String { rawValue }
}

/// Expand: from the node bound to `from`, follows relationships of `types` (any when empty)
/// in `direction`, binding `relationship` and `to`.
public struct Expand: Hashable, Sendable {
  public var from: String
  public var relationship: String
  public var to: String
  public var types: [String]
  /// Seen from `from`.
  public var direction: RelationshipPattern.Direction
  /// For a variable-length relationship, its bounds; `relationship` is then bound to a list.
  public var length: LengthRange?
  /// Whether `to` is already bound, so the expand checks it rather than binding it.
  public var isInto: Bool
  /// For a variable-length relationship, the property map every relationship must match.
  public var relationshipProperties: Expression?
  /// Relationships bound earlier in the same pattern, which this one must differ from.
  public var distinctFrom: [String]
  /// Whether the query wrote this step from `to` to `from`; a variable-length relationship's
  /// list is bound in the written order.
  public var isReversed: Bool
  /// Labels `to` must have, as in `Expression.Kind.hasLabels` (each group needs one of its
  /// labels); checked from the adjacency row without reading the node.
  public var targetLabels: [[String]] = []
}
