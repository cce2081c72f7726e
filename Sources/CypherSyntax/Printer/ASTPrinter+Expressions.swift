extension ASTPrinter {
  /// How tightly an expression binds; a child binding more loosely than its place needs is
  /// parenthesised.
  enum Precedence: Int, Comparable {
    case or = 1
    case xor, and, not, comparison, predicate, additive, multiplicative, power, unary, postfix, atom

    static func < (lhs: Precedence, rhs: Precedence) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The next tighter level, for the right operand of a left-associative operator.
    var tighter: Precedence { Precedence(rawValue: rawValue + 1) ?? .atom }
  }

  public static func print(_ expression: Expression) -> String {
    print(expression, above: .or)
  }

  /// Prints `expression`, in parentheses if it binds more loosely than `minimum`.
  static func print(_ expression: Expression, above minimum: Precedence) -> String {
    let (text, precedence) = render(expression.kind)
    return precedence < minimum ? "(\(text))" : text
  }

  private static func render(_ kind: Expression.Kind) -> (String, Precedence) {
    switch kind {
    case .literal(let literal): return (print(literal), literal.isNegativeNumber ? .unary : .atom)
    case .parameter(let parameter): return ("$" + name(parameter), .atom)
    case .variable(let variable): return (name(variable), .atom)
    case .list(let elements):
      return ("[" + elements.map(print).joined(separator: ", ") + "]", .atom)
    case .map(let entries): return (mapText(entries), .atom)
    case .property(let subject, let key):
      return (print(subject, above: .postfix) + "." + name(key), .postfix)
    case .index(let subject, let index):
      return (print(subject, above: .postfix) + "[" + print(index) + "]", .postfix)
    case .slice(let subject, let from, let to):
      return (
        print(subject, above: .postfix) + "[" + (from.map(print) ?? "") + ".."
          + (to.map(print) ?? "") + "]", .postfix
      )
    case .hasLabels(let subject, let labels):
      return (print(subject, above: .postfix) + labelsText(labels), .postfix)
    case .unary(.not, let operand): return ("NOT " + print(operand, above: .not), .not)
    case .unary(let op, let operand): return (op.rawValue + print(operand, above: .unary), .unary)
    case .binary(let op, let left, let right): return binaryText(op, left, right)
    case .comparison(let first, let steps):
      let rest = steps.map { " \($0.comparison.rawValue) " + print($0.operand, above: .predicate) }
        .joined()
      return (print(first, above: .predicate) + rest, .comparison)
    case .isNull(let subject, let negated):
      return (
        print(subject, above: .predicate) + (negated ? " IS NOT NULL" : " IS NULL"), .predicate
      )
    case .caseExpression(let subject, let branches, let otherwise):
      var text = "CASE" + (subject.map { " " + print($0) } ?? "")
      for branch in branches {
        text += " WHEN \(print(branch.condition)) THEN \(print(branch.result))"
      }
      if let otherwise { text += " ELSE " + print(otherwise) }
      return (text + " END", .atom)
    case .function(let functionName, let isDistinct, let arguments):
      let callee = functionName
      return (
        callee + "(" + (isDistinct ? "DISTINCT " : "")
          + arguments.map(print).joined(separator: ", ") + ")", .atom
      )
    case .countAll: return ("count(*)", .atom)
    case .listComprehension(let variable, let source, let predicate, let projection):
      var text = "[\(name(variable)) IN \(print(source))"
      if let predicate { text += " WHERE " + print(predicate) }
      if let projection { text += " | " + print(projection) }
      return (text + "]", .atom)
    case .patternComprehension(let pathVariable, let pattern, let predicate, let projection):
      var text = "[" + (pathVariable.map { name($0) + " = " } ?? "") + print(pattern)
      if let predicate { text += " WHERE " + print(predicate) }
      return (text + " | " + print(projection) + "]", .atom)
    case .reduce(let accumulator, let initial, let variable, let source, let expression):
      let text =
        "reduce(\(name(accumulator)) = \(print(initial)), \(name(variable)) IN \(print(source))"
        + " | \(print(expression)))"
      return (text, .atom)
    case .quantifier(let quantifier, let variable, let source, let predicate):
      let condition = predicate.map { " WHERE " + print($0) } ?? ""
      return ("\(quantifier.rawValue)(\(name(variable)) IN \(print(source))\(condition))", .atom)
    case .patternPredicate(let element): return (print(element), .atom)
    case .exists(let subquery): return ("EXISTS { " + print(subquery) + " }", .atom)
    case .count(let subquery): return ("COUNT { " + print(subquery) + " }", .atom)
    }
  }

  private static func binaryText(_ op: BinaryOperator, _ left: Expression, _ right: Expression) -> (
    String, Precedence
  ) {
    let precedence: Precedence
    switch op {
    case .or: precedence = .or
    case .xor: precedence = .xor
    case .and: precedence = .and
    case .add, .subtract: precedence = .additive
    case .multiply, .divide, .modulo: precedence = .multiplicative
    case .power: precedence = .power
    case .in, .startsWith, .endsWith, .contains, .regexMatch: precedence = .predicate
    }
    // Power's operands are unary expressions in the grammar, not other powers' right sides.
    let rightMinimum = op == .power ? Precedence.unary : precedence.tighter
    return (
      "\(print(left, above: precedence)) \(op.rawValue) \(print(right, above: rightMinimum))",
      precedence
    )
  }

  private static func mapText(_ entries: [MapEntry]) -> String {
    "{" + entries.map { name($0.key) + ": " + print($0.value) }.joined(separator: ", ") + "}"
  }

  static func print(_ literal: Literal) -> String {
    switch literal {
    case .null: return "null"
    case .boolean(let flag): return flag ? "true" : "false"
    case .integer(let integer): return String(integer)
    case .float(let float): return CypherText.float(float)
    case .string(let string): return CypherText.quoted(string)
    }
  }

  static func print(_ subquery: Subquery) -> String {
    switch subquery {
    case .pattern(let pattern, let predicate):
      return print(pattern) + (predicate.map { " WHERE " + print($0) } ?? "")
    case .query(let query): return print(query)
    }
  }
}

extension Literal {
  /// A negative number prints with a leading minus, which binds like a unary operator.
  fileprivate var isNegativeNumber: Bool {
    switch self {
    case .integer(let integer): return integer < 0
    case .float(let float): return float < 0 || float.sign == .minus
    default: return false
    }
  }
}
