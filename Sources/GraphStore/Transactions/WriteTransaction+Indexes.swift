import GraphModel
import SQLiteDB

extension WriteTransaction {
  /// Creates a (label, key) property index and fills it from the nodes already there.
  /// - Throws: `StoreError.indexExists` when it exists.
  public func createPropertyIndex(label: String, key: String) throws {
    checkActive()
    let index = PropertyIndexKey(
      label: try intern(label, .label), key: try intern(key, .propertyKey))
    let description = PropertyIndexDescription(label: label, key: key).description
    guard try !indexDefinitions.propertyIndexes.contains(index) else {
      throw StoreError.indexExists(description)
    }
    try connection.run(
      "INSERT INTO property_index(label, key) VALUES (?, ?)",
      [.integer(index.label), .integer(index.key)])
    try updateIndexDefinitions { $0.propertyIndexes.insert(index) }
    try populate(IndexDefinitions(propertyIndexes: [index]), label: index.label)
  }

  /// Drops a (label, key) property index and its entries.
  /// - Throws: `StoreError.indexNotFound` when there is no such index.
  public func dropPropertyIndex(label: String, key: String) throws {
    checkActive()
    let description = PropertyIndexDescription(label: label, key: key).description
    guard let labelID = try resolve(label, .label), let keyID = try resolve(key, .propertyKey),
      try indexDefinitions.propertyIndexes.contains(PropertyIndexKey(label: labelID, key: keyID))
    else { throw StoreError.indexNotFound(description) }
    let arguments: [SQLiteValue] = [.integer(labelID), .integer(keyID)]
    try connection.run("DELETE FROM property_index WHERE label = ? AND key = ?", arguments)
    try connection.run("DELETE FROM property_index_entry WHERE label = ? AND key = ?", arguments)
    try updateIndexDefinitions {
      $0.propertyIndexes.remove(PropertyIndexKey(label: labelID, key: keyID))
    }
  }

  /// Creates a full-text index `name` over the text properties `keys` of nodes with `label`,
  /// and fills it from the nodes already there.
  ///
  /// - Parameter name: letters, digits and underscores, starting with a letter.
  /// - Throws: `StoreError.invalidName` for a bad name or no keys, `StoreError.indexExists`.
  public func createFullTextIndex(named name: String, label: String, keys: [String]) throws {
    checkActive()
    guard let first = name.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII,
      name.unicodeScalars.allSatisfy({
        $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_")
      })
    else {
      throw StoreError.invalidName(
        "full-text index name '\(name)' must be ASCII letters, digits and _")
    }
    guard !keys.isEmpty else {
      throw StoreError.invalidName("full-text index '\(name)' needs at least one key")
    }
    guard try !indexDefinitions.fullText.contains(where: { $0.name == name }) else {
      throw StoreError.indexExists("full-text \(name)")
    }
    let definition = FullTextDefinition(
      name: name, label: try intern(label, .label),
      keys: try keys.map { try intern($0, .propertyKey) })
    let columns = definition.keys.indices.map { "c\($0)" }.joined(separator: ", ")
    try connection.execute(
      "CREATE VIRTUAL TABLE \(definition.table) USING fts5(\(columns), tokenize = 'porter unicode61 remove_diacritics 2')"
    )
    try connection.run(
      "INSERT INTO fulltext_index(name, label, keys) VALUES (?, ?, ?)",
      [
        .text(name), .integer(definition.label),
        .text(definition.keys.map(String.init).joined(separator: ",")),
      ])
    try updateIndexDefinitions { $0.fullText.append(definition) }
    try populate(IndexDefinitions(fullText: [definition]), label: definition.label)
  }

  /// Drops the full-text index `name`.
  /// - Throws: `StoreError.indexNotFound` when there is no such index.
  public func dropFullTextIndex(named name: String) throws {
    checkActive()
    guard let definition = try indexDefinitions.fullText.first(where: { $0.name == name }) else {
      throw StoreError.indexNotFound("full-text \(name)")
    }
    try connection.execute("DROP TABLE \(definition.table)")
    try connection.run("DELETE FROM fulltext_index WHERE name = ?", [.text(name)])
    try updateIndexDefinitions { $0.fullText.removeAll { $0.name == name } }
  }

  /// Adds the entries of newly created indexes (and only those) for every node with `label`.
  private func populate(_ newIndexes: IndexDefinitions, label: Int64) throws {
    let maintainer = IndexMaintainer(connection: connection, definitions: newIndexes)
    try forEachNodeState(withLabel: label) { id, state in
      try maintainer.reindex(id, from: nil, to: state)
    }
  }

  private func forEachNodeState(withLabel label: Int64, _ body: (NodeID, NodeState) throws -> Void)
    throws
  {
    var states: [(NodeID, NodeState)] = []
    try connection.forEachRow(
      "SELECT node.id, node.labels, node.properties FROM node_label JOIN node ON node.id = node_label.node WHERE node_label.label = ?",
      [.integer(label)]
    ) { row in
      let state = NodeState(
        labels: try row.withBlob(at: 1) { try LabelSet(decoding: $0) },
        properties: try row.withBlob(at: 2) { try PropertyRecord(decoding: $0) })
      states.append((NodeID(row.int64(at: 0)), state))
    }
    for (id, state) in states { try body(id, state) }
  }
}
