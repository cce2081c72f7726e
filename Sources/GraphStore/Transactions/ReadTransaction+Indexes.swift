import GraphModel
import SQLiteDB

/// A node found by full-text search, with its relevance (higher is better).
public struct FullTextMatch: Hashable, Sendable {
  public let node: NodeID
  public let score: Double
}

extension ReadTransaction {
  /// The property indexes, sorted by label then key.
  public func propertyIndexes() throws -> [PropertyIndexDescription] {
    checkActive()
    return try indexDefinitions.propertyIndexes.map {
      PropertyIndexDescription(
        label: try name(of: $0.label, .label), key: try name(of: $0.key, .propertyKey))
    }.sorted { ($0.label, $0.key) < ($1.label, $1.key) }
  }

  /// The full-text indexes, sorted by name.
  public func fullTextIndexes() throws -> [FullTextIndexDescription] {
    checkActive()
    return try indexDefinitions.fullText.map { definition in
      FullTextIndexDescription(
        name: definition.name, label: try name(of: definition.label, .label),
        keys: try definition.keys.map { try name(of: $0, .propertyKey) })
    }
  }

  /// The nodes with `label` whose `key` property satisfies `predicate`.
  ///
  /// With a (label, key) index this is one range scan of the index, in value order; without
  /// one, every node with the label is read and tested, in ID order. `GraphStore.counters`
  /// records which way each lookup went.
  public func nodes(withLabel label: String, key: String, matching predicate: PropertyPredicate)
    throws -> [NodeID]
  {
    checkActive()
    guard let labelID = try resolve(label, .label), let keyID = try resolve(key, .propertyKey)
    else { return [] }
    if try indexDefinitions.propertyIndexes.contains(PropertyIndexKey(label: labelID, key: keyID)) {
      store.counters.countPropertyIndexSeek()
      return try seek(labelID: labelID, keyID: keyID, predicate)
    }
    store.counters.countLabelScan()
    var matches: [NodeID] = []
    try connection.forEachRow(
      "SELECT node.id, node.properties FROM node_label JOIN node ON node.id = node_label.node WHERE node_label.label = ?",
      [.integer(labelID)]
    ) { row in
      let value = try row.withBlob(at: 1) { try PropertyRecord.value(forKey: keyID, in: $0) }
      if let value, predicate.matches(value) { matches.append(NodeID(row.int64(at: 0))) }
    }
    return matches
  }

  private func seek(labelID: Int64, keyID: Int64, _ predicate: PropertyPredicate) throws -> [NodeID]
  {
    switch predicate {
    case .equal(let value):
      guard let wanted = IndexedValue(value) else { return [] }
      guard let cache else { return try seekEqual(labelID: labelID, keyID: keyID, wanted) }
      let seek = SnapshotCache.EqualitySeek(label: labelID, key: keyID, value: value)
      return try cache.nodes(seek) { try seekEqual(labelID: labelID, keyID: keyID, wanted) }
    case .range(let lower, let upper):
      return try seekRange(labelID: labelID, keyID: keyID, lower: lower, upper: upper)
    }
  }

  /// A range scan of the index. Every given bound must be indexable and all of one kind,
  /// since values of different kinds never compare; otherwise nothing matches.
  private func seekRange(labelID: Int64, keyID: Int64, lower: RangeBound?, upper: RangeBound?)
    throws -> [NodeID]
  {
    var conditions: [(value: IndexedValue, comparison: String)] = []
    for (bound, comparison) in [(lower, ">"), (upper, "<")] {
      guard let bound else { continue }
      guard let value = IndexedValue(bound.value) else { return [] }
      conditions.append((value, comparison + (bound.isInclusive ? "=" : "")))
    }
    guard let kind = conditions.first?.value.kind, conditions.allSatisfy({ $0.value.kind == kind })
    else {
      return []
    }
    var sql = "SELECT node FROM property_index_entry WHERE label = ?1 AND key = ?2 AND kind = ?3"
    var arguments: [SQLiteValue] = [.integer(labelID), .integer(keyID), .integer(kind)]
    for condition in conditions {
      arguments.append(condition.value.value)
      sql += " AND value \(condition.comparison) ?\(arguments.count)"
    }
    var nodes: [NodeID] = []
    try connection.forEachRow(sql, arguments) { nodes.append(NodeID($0.int64(at: 0))) }
    return nodes
  }

  /// The hot equality seek: one fixed statement, bound in place.
  private func seekEqual(labelID: Int64, keyID: Int64, _ wanted: IndexedValue) throws -> [NodeID] {
    try connection.withStatement(
      "SELECT node FROM property_index_entry WHERE label = ?1 AND key = ?2 AND kind = ?3 AND value = ?4"
    ) { statement in
      try statement.bind(labelID, at: 1)
      try statement.bind(keyID, at: 2)
      try statement.bind(wanted.kind, at: 3)
      try statement.bind(wanted.value, at: 4)
      var nodes: [NodeID] = []
      while try statement.step() { nodes.append(NodeID(statement.int64(at: 0))) }
      return nodes
    }
  }

  /// Ranked keyword search of the full-text index `name`.
  ///
  /// Every word of `text` must occur (after stemming; the last word may be a prefix).
  /// Results come best first, ranked by BM25 with the index's first key weighing four
  /// times the others; ties go to the lower node ID.
  /// - Throws: `StoreError.indexNotFound` when no full-text index has that name.
  public func search(fullTextIndex name: String, for text: String, limit: Int = 20) throws
    -> [FullTextMatch]
  {
    checkActive()
    guard let definition = try indexDefinitions.fullText.first(where: { $0.name == name }) else {
      throw StoreError.indexNotFound("full-text \(name)")
    }
    guard let query = FullTextQuery.make(from: text), limit > 0 else { return [] }
    let weights = definition.keys.indices.map { $0 == 0 ? "4.0" : "1.0" }.joined(separator: ", ")
    let table = definition.table
    let sql =
      "SELECT rowid, bm25(\(table), \(weights)) AS score FROM \(table) WHERE \(table) MATCH ?1 ORDER BY score, rowid LIMIT ?2"
    var matches: [FullTextMatch] = []
    try connection.forEachRow(sql, [.text(query), .integer(Int64(limit))]) { row in
      matches.append(FullTextMatch(node: NodeID(row.int64(at: 0)), score: -row.double(at: 1)))
    }
    return matches
  }
}
