/// What a seek looks for on each row: a value, or the elements of a list — or every node, on a
/// row where its condition for scanning instead holds.
struct SeekTarget {
  let value: Evaluator
  /// Whether `value` is a list, any element of which will do.
  let isList: Bool
  let scanWhen: Evaluator?

  enum Sought {
    case everyNode
    case values([RuntimeValue])
  }

  /// What to look for on `row`: no value for an `IN` of null.
  /// - Throws: `ExecutionError.type` when `IN`'s value is not a list.
  func sought(on row: Row, _ context: ExecutionContext) throws -> Sought {
    if let scanWhen, try Logic.truth(try scanWhen(row, context)) == true { return .everyNode }
    let value = try value(row, context)
    guard isList else { return .values([value]) }
    return .values(try ExpressionCompiler.list(value) ?? [])
  }
}
