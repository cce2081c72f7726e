/// Counts a planner or a person reads to size the graph, taken from one snapshot.
public struct GraphStatistics: Equatable, Sendable {
    public let nodes: Int
    public let relationships: Int
    /// Nodes per label, for every label some node has.
    public let nodesByLabel: [String: Int]
    /// Relationships per type, for every type some relationship has.
    public let relationshipsByType: [String: Int]
    public let propertyIndexes: [PropertyIndexDescription]
    public let fullTextIndexes: [FullTextIndexDescription]
}

extension ReadTransaction {
    /// The graph's statistics, read from the maintained counts without scanning.
    public func statistics() throws -> GraphStatistics {
        checkActive()
        func counts(_ sql: String, _ kind: CatalogKind) throws -> [String: Int] {
            var counts: [String: Int] = [:]
            try connection.forEachRow(sql) { row in
                if row.int64(at: 1) > 0 { counts[try name(of: row.int64(at: 0), kind)] = Int(row.int64(at: 1)) }
            }
            return counts
        }
        return GraphStatistics(
            nodes: try nodeCount(), relationships: try relationshipCount(),
            nodesByLabel: try counts("SELECT label, nodes FROM label_statistics WHERE label <> 0", .label),
            relationshipsByType: try counts("SELECT type, relationships FROM type_statistics WHERE type <> 0", .relationshipType),
            propertyIndexes: try propertyIndexes(), fullTextIndexes: try fullTextIndexes())
    }
}
