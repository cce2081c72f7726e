/// The values a seek looks for.
enum SeekCandidates {
  /// `value` itself for an equality; a list's elements for `IN` (none for null).
  /// - Throws: `ExecutionError.type` when `IN`'s value is not a list.
  static func values(_ value: RuntimeValue, isList: Bool) throws -> [RuntimeValue] {
    guard isList else { return [value] }
    return try ExpressionCompiler.list(value) ?? []
  }
}
