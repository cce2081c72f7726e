import CypherPlanner
import CypherSyntax
import GraphModel

/// A conjunct of a one-hop probe's WHERE, split into what one call of the probe computes once
/// from the outer row and what it tests per neighbor: `m IN wanted` checks each neighbor's ID
/// against the list's nodes, collected once, instead of comparing values per neighbor; a
/// conjunct that reads neither the neighbor nor the relationship is computed once per call.
///
/// A call prepares a conjunct when the first neighbor reaches it, so a part that would fail
/// is evaluated (and fails) only where evaluating the conjunct per neighbor would.
enum NeighborFilter {
  /// The conjunct's test for one call of the probe.
  enum Test {
    case always
    case never
    /// True for the neighbors in the list.
    case member(of: [NodeID])
    /// True for the neighbors not in the list.
    case nonMember(of: [NodeID])
    /// A conjunct evaluated on the probe's row for each neighbor.
    case evaluate(Evaluator)
  }

  /// A conjunct with no split form, evaluated on the probe's row for each neighbor.
  case perNeighbor(Evaluator)
  /// A conjunct whose test a call prepares from the outer row.
  case perCall((Row, ExecutionContext) throws -> Test)

  /// The test for a call on the outer row.
  func prepare(_ row: Row, _ context: ExecutionContext) throws -> Test {
    switch self {
    case .perNeighbor(let predicate): .evaluate(predicate)
    case .perCall(let prepare): try prepare(row, context)
    }
  }
}

extension ExpressionCompiler {
  /// `predicate`, a conjunct of a one-hop probe that binds `neighbor` (and the relationship,
  /// among `probeVariables`), as a filter; this compiler sees the outer row and `inner` the
  /// probe's.
  func neighborFilter(
    _ predicate: Expression, neighbor: String, probeVariables: Set<String>,
    inner: ExpressionCompiler
  ) throws -> NeighborFilter {
    let isInvariant = { (expression: Expression) in
      Conjuncts.variables(in: expression).isDisjoint(with: probeVariables)
    }
    if isInvariant(predicate) {
      let holds = try compile(predicate)
      return .perCall { row, context in
        try Logic.truth(try holds(row, context)) == true ? .always : .never
      }
    }
    switch predicate.kind {
    case .binary(.in, let element, let list)
    where element.isVariable(neighbor) && isInvariant(list):
      let listed = NodeList(try compile(list), span: predicate.span)
      return .perCall { row, context in
        guard let nodes = try listed.nodes(row, context) else { return .never }
        return .member(of: nodes.ids)
      }
    case .unary(.not, let operand):
      guard case .binary(.in, let element, let list) = operand.kind,
        element.isVariable(neighbor), isInvariant(list)
      else { break }
      let listed = NodeList(try compile(list), span: operand.span)
      return .perCall { row, context in
        // With a null in the list (or a null list), `NOT m IN list` is never true.
        guard let nodes = try listed.nodes(row, context), !nodes.hasNull else { return .never }
        return .nonMember(of: nodes.ids)
      }
    case .binary(.or, let left, let right) where isInvariant(left):
      // `size($muscles) = 0 OR m IN wanted`: true for every neighbor when the left side is.
      let decides = try compile(left)
      let otherwise = try neighborFilter(
        right, neighbor: neighbor, probeVariables: probeVariables, inner: inner)
      return .perCall { row, context in
        if try Logic.truth(try decides(row, context)) == true { return .always }
        return try otherwise.prepare(row, context)
      }
    default: break
    }
    return .perNeighbor(try inner.compile(predicate))
  }
}

/// The node IDs of a list the outer row gives, kept while the list is the same one: a list
/// bound before the probe's operator (`collect(…) AS wanted`) is the same for every row, so
/// its nodes are collected once a query rather than once a call.
///
/// Used by one running query at a time, so its memo is exempt from exclusivity checks.
private final class NodeList {
  private let list: Evaluator
  /// Where `IN` is, for a type error's position.
  private let span: SourceSpan
  /// The list last read, held so that its storage (whose address identifies it) stays alive.
  @exclusivity(unchecked) private var elements: [RuntimeValue] = []
  @exclusivity(unchecked) private var nodes: (ids: [NodeID], hasNull: Bool) = ([], false)

  init(_ list: @escaping Evaluator, span: SourceSpan) {
    self.list = list
    self.span = span
  }

  /// The list's nodes, and whether it holds a null; nil when the list is null. Anything but a
  /// list is a type error, as for `IN`.
  func nodes(_ row: Row, _ context: ExecutionContext) throws -> (ids: [NodeID], hasNull: Bool)? {
    let value = try list(row, context)
    switch value {
    case .null: return nil
    case .list(let elements):
      if !elements.isSameStorage(as: self.elements) {
        self.elements = elements
        nodes.ids = elements.compactMap {
          if case .node(let id) = $0 { return id }
          return nil
        }
        nodes.hasNull = elements.contains { $0.isNull }
      }
      return nodes
    default:
      return try located(span) { throw ExpressionCompiler.notAList(value) }
    }
  }
}

extension Expression {
  /// Whether this is the variable `name`.
  fileprivate func isVariable(_ name: String) -> Bool {
    if case .variable(name) = kind { return true }
    return false
  }
}
