/// The rewrite passes, in the order they run:
///
/// 1. `ProjectionSplit` computes the items of a projection a filter does not read after the
///    filter, so they are computed only for the rows it keeps (and a filter that reads none
///    of them moves before the projection, for the next pass to move further);
/// 2. `FilterPushDown` moves each filter to just after the operator that binds the last of its
///    variables, so rows are dropped as early as possible;
/// 3. `OptionalMatchElimination` turns an OPTIONAL MATCH whose null rows a filter right after
///    it drops into a MATCH — which needs that filter pushed down next to it;
/// 4. `NodeByIdSelection` then finds, right after each node scan, a filter on the node's id
///    and turns the pair into a seek by id — which needs the filters pushed down next to their
///    scans first;
/// 5. `IndexSelection` likewise turns a label scan and an equality filter on an indexed
///    property into an index seek (after the seek by id, which reads fewer nodes);
/// 6. `BoundStart` starts a pattern from a node bound earlier instead of a label scan that
///    is only probed for an edge to it (after the seeks, which it must not undo, and after the
///    OPTIONAL MATCHes it may join are eliminated);
/// 7. `LabelFilterFusion` folds a label filter on the node an expand reaches into the expand,
///    which checks it from the adjacency row — again needing the filter pushed next to it;
/// 8. `TopSelection` fuses ORDER BY with the LIMIT after it;
/// 9. `DegreeCounting` turns an expand whose rows are only counted into a count per node —
///    after label filters are folded into the expand, which it then counts from the bitmaps;
/// 10. `OptionalExpandFusion` turns an OPTIONAL MATCH whose plan is a single expand into an
///     optional expand — after label filters are folded into that expand.
///
/// Each pass also rewrites the plans nested in OPTIONAL MATCH and MERGE.
enum Rewrites {
  static func apply(to plan: LogicalPlan, catalog: any GraphCatalog) -> LogicalPlan {
    var plan = plan
    plan = ProjectionSplit.apply(to: plan)
    plan = FilterPushDown.apply(to: plan)
    plan = OptionalMatchElimination.apply(to: plan)
    plan = NodeByIdSelection.apply(to: plan)
    plan = IndexSelection.apply(to: plan, catalog: catalog)
    plan = BoundStart.apply(to: plan, catalog: catalog)
    plan = LabelFilterFusion.apply(to: plan)
    plan = TopSelection.apply(to: plan)
    plan = DegreeCounting.apply(to: plan)
    plan = OptionalExpandFusion.apply(to: plan)
    return plan
  }
}

extension LogicalPlan {
  /// This plan with `pass` applied to it and to every plan nested in its operators.
  func rewritingNested(_ pass: (LogicalPlan) -> LogicalPlan) -> LogicalPlan {
    let operators = self.operators.map { logicalOperator -> LogicalOperator in
      switch logicalOperator {
      case .optional(let plan, let introduces):
        return .optional(pass(plan), introduces: introduces)
      case .merge(let clause, let match):
        return .merge(clause, match: pass(match))
      default:
        return logicalOperator
      }
    }
    return pass(LogicalPlan(operators))
  }
}

extension LogicalOperator {
  /// The variables this operator adds to rows, for the operators a filter may move past.
  var bindings: [String]? {
    switch self {
    case .nodeScan(let variable, _), .nodeIndexSeek(let variable, _, _, _, _),
      .nodeByIdSeek(let variable, _, _, _, _),
      .namedPath(let variable, _), .unwind(_, let variable):
      return [variable]
    case .expand(let expand):
      return [expand.relationship] + (expand.isInto ? [] : [expand.to])
    case .countExpand(_, let count):
      return [count]
    case .filter:
      return []
    case .select:
      // It only drops variables: a filter after it reads none of those, and the rest have the
      // same values before it.
      return []
    default:
      // Anything else changes which rows exist or what they mean: filters stay after it.
      return nil
    }
  }
}
