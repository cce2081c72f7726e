import CypherSyntax

/// EXPLAIN's text: the plan as an indented tree, the result at the top and each operator above
/// the one feeding it, as Neo4j prints plans.
public enum PlanDescription {
  /// Identifies an operator: the UNION part, then the index of the operator at each level of
  /// nesting.
  public typealias OperatorPath = [Int]

  /// The plan's tree; `annotation` may add text (PROFILE's rows and time) to an operator's line.
  public static func render(
    _ plan: QueryPlan, annotation: (OperatorPath) -> String? = { _ in nil }
  ) -> String {
    var lines: [String] = []
    let result = "ProduceResults(\(plan.columns.map(CypherText.name).joined(separator: ", ")))"
    lines.append(result)
    if plan.parts.count > 1 {
      lines.append("  " + (plan.removesDuplicates ? "Union" : "UnionAll"))
      for (index, part) in plan.parts.enumerated() {
        render(part, path: [index], depth: 2, into: &lines, annotation: annotation)
      }
    } else if let part = plan.parts.first {
      render(part, path: [0], depth: 1, into: &lines, annotation: annotation)
    }
    return lines.joined(separator: "\n")
  }

  private static func render(
    _ plan: LogicalPlan, path: OperatorPath, depth: Int, into lines: inout [String],
    annotation: (OperatorPath) -> String?
  ) {
    var depth = depth
    for (index, logicalOperator) in plan.operators.enumerated().reversed() {
      let operatorPath = path + [index]
      var line = String(repeating: "  ", count: depth) + describe(logicalOperator)
      if let note = annotation(operatorPath) { line += "  " + note }
      lines.append(line)
      switch logicalOperator {
      case .optional(let nested, _), .merge(_, let nested):
        render(nested, path: operatorPath, depth: depth + 2, into: &lines, annotation: annotation)
      default: break
      }
      depth += 1
    }
    lines.append(String(repeating: "  ", count: depth) + "Argument")
  }

  /// One operator's line, without indentation.
  static func describe(_ logicalOperator: LogicalOperator) -> String {
    func text(_ expression: Expression) -> String {
      ASTPrinter.print(
        expression.rewritten { candidate in
          guard case .variable(let name) = candidate.kind, !LogicalPlanner.isNamed(name) else {
            return nil
          }
          return Expression(.variable(displayName(name)), candidate.span)
        })
    }
    func list(_ names: [String]) -> String { names.map(displayName).joined(separator: ", ") }
    func items(_ named: [NamedExpression]) -> String {
      named.map { "\(text($0.expression)) AS \(displayName($0.name))" }.joined(separator: ", ")
    }
    /// A seek's condition for scanning instead, as it would be written after the filter.
    func orScan(_ scanWhen: Expression?) -> String { scanWhen.map { " OR " + text($0) } ?? "" }
    func sortItems(_ items: [SortItem]) -> String {
      items.map { text($0.expression) + ($0.isDescending ? " DESC" : " ASC") }
        .joined(separator: ", ")
    }
    switch logicalOperator {
    case .nodeScan(let variable, let label?):
      return "NodeByLabelScan(\(displayName(variable)):\(CypherText.name(label)))"
    case .nodeScan(let variable, nil):
      return "AllNodesScan(\(displayName(variable)))"
    case .nodeIndexSeek(let variable, let label, let key, let value, let scanWhen):
      let node = "\(displayName(variable)):\(CypherText.name(label))"
      let sought = (value.isList ? " IN " : ": ") + text(value.expression)
      return "NodeIndexSeek(\(node) {\(CypherText.name(key))\(sought)}\(orScan(scanWhen)))"
    case .nodeByIdSeek(let variable, let label, let identifier, let ids, let scanWhen):
      let node = displayName(variable) + (label.map { ":" + CypherText.name($0) } ?? "")
      let subject = "\(identifier.functionName)(\(displayName(variable)))"
      let sought = (ids.isList ? " IN " : " = ") + text(ids.expression)
      return "NodeByIdSeek(\(node) WHERE \(subject)\(sought)\(orScan(scanWhen)))"
    case .expand(let expand):
      return describe(expand)
    case .countExpand(let expand, let count):
      return "Count" + describe(expand) + " AS \(displayName(count))"
    case .filter(let predicate): return "Filter(\(text(predicate)))"
    case .namedPath(let variable, let elements):
      return "NamedPath(\(displayName(variable)) = \(list(elements)))"
    case .optional(_, let introduces): return "Optional(\(list(introduces)))"
    case .optionalExpand(let expand): return "Optional" + describe(expand)
    case .unwind(let expression, let variable):
      return "Unwind(\(text(expression)) AS \(displayName(variable)))"
    case .project(let named): return "Projection(\(items(named)))"
    case .select(let names): return "Select(\(list(names)))"
    case .aggregate(let keys, let aggregates):
      return "Aggregation(keys: [\(items(keys))], aggregates: [\(items(aggregates))])"
    case .distinct(let names): return "Distinct(\(list(names)))"
    case .sort(let sortItems_): return "Sort(\(sortItems(sortItems_)))"
    case .skip(let count): return "Skip(\(text(count)))"
    case .limit(let count): return "Limit(\(text(count)))"
    case .top(let sortItems_, let limit): return "Top(\(sortItems(sortItems_)); \(text(limit)))"
    case .create(let pattern): return "Create(\(ASTPrinter.print(pattern)))"
    case .merge(let clause, _): return "Merge(\(ASTPrinter.print(clause.part)))"
    case .set(let setItems): return "Set(\(setItems.map(ASTPrinter.print).joined(separator: ", ")))"
    case .remove(let removeItems):
      return "Remove(\(removeItems.map(ASTPrinter.print).joined(separator: ", ")))"
    case .delete(let expressions, let isDetach):
      return (isDetach ? "DetachDelete(" : "Delete(")
        + expressions.map(text).joined(separator: ", ")
        + ")"
    }
  }

  private static func describe(_ expand: Expand) -> String {
    let types = expand.types.map(CypherText.name).joined(separator: "|")
    var inner = displayName(expand.relationship) + (types.isEmpty ? "" : ":" + types)
    if let length = expand.length {
      inner +=
        "*" + (length.minimum.map(String.init) ?? "") + ".."
        + (length.maximum.map(String.init) ?? "")
    }
    let left = expand.direction == .incoming ? "<-" : "-"
    let right = expand.direction == .outgoing ? "->" : "-"
    let name = expand.isInto ? "ExpandInto" : (expand.length == nil ? "Expand" : "VarLengthExpand")
    let labels = ASTPrinter.labelsText(expand.targetLabels)
    return
      "\(name)((\(displayName(expand.from)))\(left)[\(inner)]\(right)(\(displayName(expand.to))\(labels)))"
  }

  /// A variable as the plan shows it: anonymous ones without their leading spaces.
  static func displayName(_ name: String) -> String {
    LogicalPlanner.isNamed(name) ? CypherText.name(name) : name.trimmingPrefix("  ").description
  }
}
