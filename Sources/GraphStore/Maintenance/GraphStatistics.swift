import GraphModel

extension ReadTransaction {
  /// The graph's statistics, read from the maintained counts without scanning.
  public func statistics() throws -> GraphStatistics {
    checkActive()
    func counts(_ sql: String, _ kind: CatalogKind) throws -> [String: Int] {
      var counts: [String: Int] = [:]
      try connection.forEachRow(sql) { row in
        if row.int64(at: 1) > 0 {
          counts[try name(of: row.int64(at: 0), kind)] = Int(row.int64(at: 1))
        }
      }
      return counts
    }
    return GraphStatistics(
      nodes: try nodeCount(), relationships: try relationshipCount(),
      nodesByLabel: try counts(
        "SELECT label, nodes FROM label_statistics WHERE label <> 0", .label),
      relationshipsByType: try counts(
        "SELECT type, relationships FROM type_statistics WHERE type <> 0", .relationshipType),
      propertyIndexes: try propertyIndexes(), fullTextIndexes: try fullTextIndexes(),
      bytes: try pageBytes())
  }
}

extension ReadTransaction {
  /// The database's size: its page count times its page size.
  fileprivate func pageBytes() throws -> Int {
    func pragma(_ name: String) throws -> Int {
      guard case .integer(let value) = try connection.scalar("PRAGMA \(name)") else { return 0 }
      return Int(value)
    }
    return try pragma("page_count") * pragma("page_size")
  }
}
