import CypherSyntax

/// The type errors openCypher raises at compile time: operations whose operands' static types
/// mean they could never succeed.
extension Binder {
  func checkTypes(_ expression: Expression) throws(SemanticError) {
    switch expression.kind {
    case .binary(.and, let left, let right), .binary(.or, let left, let right),
      .binary(.xor, let left, let right):
      for operand in [left, right] { try requireBoolean(operand) }
    case .unary(.not, let operand):
      try requireBoolean(operand)
    case .binary(.in, _, let list):
      if let type = staticType(of: list), type != .null, !type.isList {
        throw invalid("IN expects a list on its right, not a \(type.name)", at: list.span)
      }
    case .binary(let op, let left, let right):
      try checkArithmetic(op, left, right, at: expression.span)
    case .property(let subject, let key):
      switch staticType(of: subject) {
      case .integer?, .float?, .string?, .boolean?, .list?:
        throw SemanticError(
          .invalidArgumentType,
          "Cannot read property `\(key)` of a \(staticType(of: subject)?.name ?? "value")",
          at: expression.span, type: "TypeError")
      case .path?:
        throw invalid("A path has no properties", at: expression.span)
      default: break
      }
    default: break
    }
  }

  /// Argument kinds a function can never accept.
  func checkArgumentTypes(_ function: String, _ arguments: [Expression], at span: SourceSpan)
    throws(SemanticError)
  {
    guard let first = arguments.first, let type = staticType(of: first) else { return }
    let accepted: Set<StaticType>? =
      switch function {
      case "type", "startnode", "endnode": [.relationship, .null]
      case "labels": [.node, .null]
      case "properties", "keys": [.node, .relationship, .map, .null]
      case "nodes", "relationships": [.path, .null]
      default: nil
      }
    if let accepted, !accepted.contains(type) {
      throw invalid("\(function)() cannot take a \(type.name)", at: first.span)
    }
  }

  private func requireBoolean(_ operand: Expression) throws(SemanticError) {
    if let type = staticType(of: operand), !type.isBooleanLike {
      throw invalid("Expected a Boolean, got a \(type.name)", at: operand.span)
    }
  }

  private func checkArithmetic(
    _ op: BinaryOperator, _ left: Expression, _ right: Expression, at span: SourceSpan
  ) throws(SemanticError) {
    guard [.subtract, .multiply, .divide, .modulo, .power].contains(op) else { return }
    for operand in [left, right] {
      if let type = staticType(of: operand), type != .null, !type.isNumber {
        throw invalid("\(op.rawValue) cannot take a \(type.name)", at: operand.span)
      }
    }
  }

  private func invalid(_ message: String, at span: SourceSpan) -> SemanticError {
    SemanticError(.invalidArgumentType, message, at: span)
  }
}
