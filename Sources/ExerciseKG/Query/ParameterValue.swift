import CypherSyntax
import GraphModel

/// Query parameters written as Cypher literals (`1`, `'a'`, `[1, 2.5]`, `{k: null}`), as the
/// TCK runner, `-P name=value` and `:param` pass them.
public enum ParameterValue {
  /// The value `text` writes.
  /// - Throws: `QueryError` (a SyntaxError) when it is not a literal.
  public static func parse(_ text: String) throws(QueryError) -> Value {
    let expression: Expression
    do {
      expression = try Parser.parseExpression(text)
    } catch {
      throw QueryError(error)
    }
    return try value(of: expression)
  }

  private static func value(of expression: Expression) throws(QueryError) -> Value {
    switch expression.kind {
    case .literal(.null): return .null
    case .literal(.boolean(let flag)): return .boolean(flag)
    case .literal(.integer(let integer)): return .integer(integer)
    case .literal(.float(let float)): return .float(float)
    case .literal(.string(let string)): return .string(string)
    case .list(let elements):
      var values: [Value] = []
      for element in elements { values.append(try value(of: element)) }
      return .list(values)
    case .map(let entries):
      var map: [String: Value] = [:]
      for entry in entries { map[entry.key] = try value(of: entry.value) }
      return .map(map)
    case .unary(.minus, let operand):
      switch try value(of: operand) {
      case .integer(let integer) where integer != .min: return .integer(-integer)
      case .float(let float): return .float(-float)
      default: break
      }
    default: break
    }
    throw QueryError(
      type: "SyntaxError", detail: "InvalidParameter", phase: .compile,
      message: "A parameter value must be a literal: a number, string, boolean, null, list or map",
      span: expression.span)
  }
}
