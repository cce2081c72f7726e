import ExerciseKG

/// What `:schema` prints: labels, relationship types and property keys, each with its count,
/// and the indexes.
enum SchemaText {
  static func render(_ schema: GraphSchema) -> String {
    let statistics = schema.statistics
    let indexes =
      statistics.propertyIndexes.map { "  \($0)\n" }.joined()
      + statistics.fullTextIndexes.map { "  \($0)\n" }.joined()
    return section("Labels", statistics.nodesByLabel, prefix: ":")
      + section("Relationship types", statistics.relationshipsByType, prefix: ":")
      + section("Node property keys", schema.nodePropertyKeys, prefix: "")
      + section("Relationship property keys", schema.relationshipPropertyKeys, prefix: "")
      + "Indexes\n" + (indexes.isEmpty ? "  (none)\n" : indexes)
  }

  /// A heading, then each name with its count, aligned.
  private static func section(_ title: String, _ counts: [String: Int], prefix: String) -> String {
    let width = counts.keys.map { $0.count + prefix.count }.max() ?? 0
    let lines = counts.sorted { $0.key < $1.key }.map { name, count in
      let label = prefix + name
      return "  " + label + String(repeating: " ", count: width - label.count + 2) + "\(count)\n"
    }
    return title + "\n" + (lines.isEmpty ? "  (none)\n" : lines.joined())
  }
}
