/// Names for the rows of `label_statistics` and `type_statistics`.
enum Statistics {
  /// The row holding the count of all nodes (or all relationships); catalog IDs start at 1.
  static let allRows: Int64 = 0
}

/// The two statistics tables: node counts by label, relationship counts by type.
enum StatisticsTable {
  case labels, types

  /// The catalog kind whose IDs key the table.
  var kind: CatalogKind { self == .labels ? .label : .relationshipType }

  /// Reads one count.
  var select: String {
    switch self {
    case .labels: "SELECT nodes FROM label_statistics WHERE label = ?"
    case .types: "SELECT relationships FROM type_statistics WHERE type = ?"
    }
  }

  /// Adds a delta to one count, creating the row at need.
  var upsert: String {
    switch self {
    case .labels:
      "INSERT INTO label_statistics(label, nodes) VALUES (?1, ?2) ON CONFLICT(label) DO UPDATE SET nodes = nodes + ?2"
    case .types:
      "INSERT INTO type_statistics(type, relationships) VALUES (?1, ?2) ON CONFLICT(type) DO UPDATE SET relationships = relationships + ?2"
    }
  }
}
