import SQLiteDB

/// A (label, key) property index, by interned IDs.
struct PropertyIndexKey: Hashable {
  let label: Int64
  let key: Int64
}

/// A full-text index: the FTS5 table `fulltext_<name>` over text properties of one label.
struct FullTextDefinition: Equatable {
  let name: String
  let label: Int64
  /// The indexed property keys, in column order (the first weighs most in ranking).
  let keys: [Int64]

  var table: String { "fulltext_\(name)" }
}

/// The indexes a transaction's snapshot has.
struct IndexDefinitions {
  var propertyIndexes: Set<PropertyIndexKey> = []
  var fullText: [FullTextDefinition] = []

  init(propertyIndexes: Set<PropertyIndexKey> = [], fullText: [FullTextDefinition] = []) {
    self.propertyIndexes = propertyIndexes
    self.fullText = fullText
  }

  init(reading connection: Connection) throws {
    try connection.forEachRow("SELECT label, key FROM property_index") {
      propertyIndexes.insert(PropertyIndexKey(label: $0.int64(at: 0), key: $0.int64(at: 1)))
    }
    try connection.forEachRow("SELECT name, label, keys FROM fulltext_index ORDER BY name") { row in
      let keys = row.string(at: 2).split(separator: ",").compactMap { Int64($0) }
      fullText.append(
        FullTextDefinition(name: row.string(at: 0), label: row.int64(at: 1), keys: keys))
    }
  }

  /// Whether any index covers nodes with one of `labels`; if none does, writes skip maintenance.
  func coversAny(of labels: LabelSet) -> Bool {
    propertyIndexes.contains { labels.contains($0.label) }
      || fullText.contains { labels.contains($0.label) }
  }
}
