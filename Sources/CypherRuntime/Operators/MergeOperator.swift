/// MERGE: for each row, looks for the pattern; binds every match and applies ON MATCH, or
/// creates the pattern once and applies ON CREATE. Rows are merged one after another, so a
/// later row finds what an earlier one created.
final class MergeOperator: UpdatingOperator {
  private let match: any PhysicalOperator
  private let creation: PatternCreation
  private let onCreate: [RowUpdate]
  private let onMatch: [RowUpdate]

  init(
    input: any PhysicalOperator, match: any PhysicalOperator, creation: PatternCreation,
    onCreate: [RowUpdate], onMatch: [RowUpdate]
  ) {
    self.match = match
    self.creation = creation
    self.onCreate = onCreate
    self.onMatch = onMatch
    super.init(input: input)
  }

  override func update(_ row: Row, _ context: ExecutionContext) throws -> [Row] {
    var matched: [Row] = []
    try match.forEachRow(on: row, context) {
      matched.append($0)
      return true
    }
    if !matched.isEmpty {
      for found in matched {
        for update in onMatch { try update(found, context) }
      }
      return matched
    }
    try requireNoNullProperties(row, context)
    var created = row
    try creation.create(in: &created, context)
    for update in onCreate { try update(created, context) }
    return [created]
  }

  /// MERGE cannot create what it could never match: a property whose value is null.
  private func requireNoNullProperties(_ row: Row, _ context: ExecutionContext) throws {
    let maps =
      creation.nodes.filter(\.isNew).compactMap(\.properties)
      + creation.relationships.compactMap(\.properties)
    for map in maps {
      guard case .map(let entries) = try map(row, context) else { continue }
      if let key = entries.first(where: { $0.value.isNull })?.key {
        throw ExecutionError(
          .semanticError, "MergeReadOwnWrites",
          "Cannot merge a pattern whose property `\(key)` is null")
      }
    }
  }
}
