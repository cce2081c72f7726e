/// An expression with the span of text it came from.
public struct Expression: Hashable, Sendable {
  public var kind: Kind
  public var span: SourceSpan

  public init(_ kind: Kind, _ span: SourceSpan) {
    self.kind = kind
    self.span = span
  }

  /// The forms an expression takes.
  public indirect enum Kind: Hashable, Sendable {
    case literal(Literal)
    case parameter(String)
    case variable(String)
    case list([Expression])
    case map([MapEntry])
    /// `subject.key`.
    case property(Expression, key: String)
    /// `subject[index]`.
    case index(Expression, Expression)
    /// `subject[from..to]`, either bound optional.
    case slice(Expression, from: Expression?, to: Expression?)
    /// `subject:Label…`: labels as in `NodePattern.labels`.
    case hasLabels(Expression, [[String]])
    case unary(UnaryOperator, Expression)
    case binary(BinaryOperator, Expression, Expression)
    /// `a < b <= c`: each adjacent pair compared, all must hold.
    case comparison(Expression, [ComparisonStep])
    /// `subject IS [NOT] NULL`.
    case isNull(Expression, negated: Bool)
    /// `CASE [subject] WHEN … THEN … [ELSE …] END`.
    case caseExpression(subject: Expression?, branches: [CaseBranch], otherwise: Expression?)
    /// `name([DISTINCT] arguments)`; the name as written, namespace included.
    case function(name: String, isDistinct: Bool, arguments: [Expression])
    /// `count(*)`.
    case countAll
    /// `[variable IN source WHERE predicate | projection]`.
    case listComprehension(
      variable: String, source: Expression, predicate: Expression?, projection: Expression?)
    /// `[path = pattern WHERE predicate | projection]`.
    case patternComprehension(
      pathVariable: String?, pattern: PatternElement, predicate: Expression?, projection: Expression
    )
    /// `reduce(accumulator = initial, variable IN source | expression)`: `expression` folded
    /// over the list, starting from `initial`.
    case reduce(
      accumulator: String, initial: Expression, variable: String, source: Expression,
      expression: Expression)
    /// `all(variable IN source WHERE predicate)`, and `any`, `none`, `single`.
    case quantifier(Quantifier, variable: String, source: Expression, predicate: Expression?)
    /// A pattern used as a predicate: true when it has a match.
    case patternPredicate(PatternElement)
    /// `EXISTS { … }`.
    case exists(Subquery)
    /// `COUNT { … }`.
    case count(Subquery)
  }
}

/// A literal value.
public enum Literal: Hashable, Sendable {
  case null
  case boolean(Bool)
  case integer(Int64)
  case float(Double)
  case string(String)
}

/// `key: value` in a map literal.
public struct MapEntry: Hashable, Sendable {
  public var key: String
  public var value: Expression

  public init(key: String, value: Expression) {
    self.key = key
    self.value = value
  }
}

/// `WHEN condition THEN result`.
public struct CaseBranch: Hashable, Sendable {
  public var condition: Expression
  public var result: Expression

  public init(condition: Expression, result: Expression) {
    self.condition = condition
    self.result = result
  }
}

public enum UnaryOperator: String, Hashable, Sendable {
  case not = "NOT"
  case plus = "+"
  case minus = "-"
}

public enum BinaryOperator: String, Hashable, Sendable {
  case or = "OR"
  case xor = "XOR"
  case and = "AND"
  case add = "+"
  case subtract = "-"
  case multiply = "*"
  case divide = "/"
  case modulo = "%"
  case power = "^"
  case `in` = "IN"
  case startsWith = "STARTS WITH"
  case endsWith = "ENDS WITH"
  case contains = "CONTAINS"
  case regexMatch = "=~"
}

/// One comparison of a chain: the operator and its right-hand operand.
public struct ComparisonStep: Hashable, Sendable {
  public var comparison: ComparisonOperator
  public var operand: Expression

  public init(comparison: ComparisonOperator, operand: Expression) {
    self.comparison = comparison
    self.operand = operand
  }
}

public enum ComparisonOperator: String, Hashable, Sendable {
  case equal = "="
  case notEqual = "<>"
  case less = "<"
  case greater = ">"
  case lessOrEqual = "<="
  case greaterOrEqual = ">="
}

public enum Quantifier: String, Hashable, Sendable {
  case all, any, none, single
}

/// The body of `EXISTS { … }` or `COUNT { … }`: a pattern with an optional `WHERE`, or a query.
public indirect enum Subquery: Hashable, Sendable {
  case pattern(Pattern, predicate: Expression?)
  case query(Query)
}
