import GraphModel
import SQLiteDB

/// What a node looks like to the indexes: its labels and properties.
struct NodeState {
  var labels: LabelSet
  var properties: PropertyRecord
}

/// Keeps property-index entries and full-text rows in step with a node's changes.
///
/// Every node write states the node before and after (`nil` for absent); the entries that differ
/// are deleted and inserted. One function serves create, update, relabel and delete alike.
struct IndexMaintainer {
  let connection: Connection
  let definitions: IndexDefinitions

  func reindex(_ node: NodeID, from old: NodeState?, to new: NodeState?) throws {
    for index in definitions.propertyIndexes {
      let before = entry(for: index, in: old)
      let after = entry(for: index, in: new)
      guard before?.kind != after?.kind || before?.value != after?.value else { continue }
      if let before { try deleteEntry(index, before, node) }
      if let after { try insertEntry(index, after, node) }
    }
    for index in definitions.fullText {
      let before = texts(for: index, in: old)
      let after = texts(for: index, in: new)
      guard before != after else { continue }
      if before != nil {
        try connection.run("DELETE FROM \(index.table) WHERE rowid = ?", [.integer(node.rawValue)])
      }
      if let after { try insertFullTextRow(index, node, after) }
    }
  }

  private func insertFullTextRow(_ index: FullTextDefinition, _ node: NodeID, _ texts: [String?])
    throws
  {
    let columns = index.keys.indices.map { "c\($0)" }.joined(separator: ", ")
    let placeholders = index.keys.indices.map { "?\($0 + 2)" }.joined(separator: ", ")
    try connection.run(
      "INSERT INTO \(index.table)(rowid, \(columns)) VALUES (?1, \(placeholders))",
      [.integer(node.rawValue)] + texts.map { $0.map(SQLiteValue.text) ?? .null })
  }

  /// The index entry a node state has, or `nil` when it lacks the label, the key, or an
  /// indexable value.
  private func entry(for index: PropertyIndexKey, in state: NodeState?) -> IndexedValue? {
    guard let state, state.labels.contains(index.label), let value = state.properties[index.key]
    else { return nil }
    return IndexedValue(value)
  }

  /// The texts a node state gives a full-text index, or `nil` when it gives none.
  private func texts(for index: FullTextDefinition, in state: NodeState?) -> [String?]? {
    guard let state, state.labels.contains(index.label) else { return nil }
    let texts = index.keys.map { FullTextText.of(state.properties[$0]) }
    return texts.allSatisfy({ $0 == nil }) ? nil : texts
  }

  private func insertEntry(_ index: PropertyIndexKey, _ entry: IndexedValue, _ node: NodeID) throws
  {
    try connection.run(
      "INSERT INTO property_index_entry(label, key, kind, value, node) VALUES (?, ?, ?, ?, ?)",
      [
        .integer(index.label), .integer(index.key), .integer(entry.kind), entry.value,
        .integer(node.rawValue),
      ])
  }

  private func deleteEntry(_ index: PropertyIndexKey, _ entry: IndexedValue, _ node: NodeID) throws
  {
    try connection.run(
      "DELETE FROM property_index_entry WHERE label = ? AND key = ? AND kind = ? AND value = ? AND node = ?",
      [
        .integer(index.label), .integer(index.key), .integer(entry.kind), entry.value,
        .integer(node.rawValue),
      ])
  }
}
