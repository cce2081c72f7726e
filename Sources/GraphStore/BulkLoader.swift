import GraphModel
import SQLiteDB

/// The fast path for loading many nodes and relationships in one transaction.
///
/// Nodes are written as they come. Relationships are first written as bare rows; when the load
/// ends, their endpoints are checked in one pass and the adjacency, degree and statistics tables
/// are filled with a few sorted set-based statements instead of six B-tree updates per
/// relationship. Relationships added through the loader are therefore not visible to traversal
/// until the load finishes; the whole load commits at once or not at all.
public final class BulkLoader {
    private let transaction: WriteTransaction
    private var nodesByLabel: [Int64: Int64] = [:]
    private var nodeCount: Int64 = 0
    private let firstRelationship: Int64

    init(_ transaction: WriteTransaction) throws {
        self.transaction = transaction
        let maximum = try transaction.connection.scalar("SELECT coalesce(max(id), 0) FROM relationship")
        guard case .integer(let last) = maximum else { throw StoreError.corruptValue("relationship IDs are not integers") }
        firstRelationship = last + 1
    }

    /// Adds a node; see `WriteTransaction.createNode(labels:properties:)`.
    @discardableResult
    public func addNode(labels: [String] = [], properties: [String: Value] = [:]) throws -> NodeID {
        let (id, labelIDs) = try transaction.insertNode(labels: labels, properties: properties)
        for label in labelIDs { nodesByLabel[label, default: 0] += 1 }
        nodeCount += 1
        return id
    }

    /// Adds a relationship; its endpoints are checked when the load finishes.
    @discardableResult
    public func addRelationship(
        from start: NodeID, to end: NodeID, type: String, properties: [String: Value] = [:]
    ) throws -> RelationshipID {
        let typeID = try transaction.intern(type, .relationshipType)
        let encoded = properties.isEmpty ? PropertyRecord().encoded() : try transaction.record(properties).encoded()
        let connection = transaction.connection
        try connection.withStatement(#"INSERT INTO relationship(start, "end", type, properties) VALUES (?, ?, ?, ?)"#) { statement in
            try statement.bind(start.rawValue, at: 1)
            try statement.bind(end.rawValue, at: 2)
            try statement.bind(typeID, at: 3)
            try statement.bind(blob: encoded, at: 4)
            try statement.step()
        }
        return RelationshipID(connection.lastInsertRowID)
    }

    /// Checks the new relationships' endpoints and builds their adjacency, degrees and statistics.
    func finish() throws {
        let connection = transaction.connection
        let first: [SQLiteValue] = [.integer(firstRelationship)]
        let dangling = try connection.withStatement(
            #"""
            SELECT start, "end" FROM relationship r WHERE id >= ?1
            AND (NOT EXISTS (SELECT 1 FROM node WHERE id = r.start) OR NOT EXISTS (SELECT 1 FROM node WHERE id = r."end"))
            LIMIT 1
            """#
        ) { statement in
            try statement.bind(first)
            return try statement.step() ? (statement.int64(at: 0), statement.int64(at: 1)) : nil
        }
        if let (start, end) = dangling {
            throw StoreError.nodeNotFound(NodeID(try transaction.nodeExists(NodeID(start)) ? end : start))
        }
        for (table, near, far) in [("adjacency_out", "start", #""end""#), ("adjacency_in", #""end""#, "start")] {
            try connection.run(
                """
                INSERT INTO \(table)(node, type, neighbor, relationship, neighbor_bits)
                SELECT r.\(near), r.type, r.\(far), r.id, n.label_bits FROM relationship r JOIN node n ON n.id = r.\(far)
                WHERE r.id >= ?1 ORDER BY 1, 2, 3, 4
                """, first)
        }
        try connection.run(
            #"""
            INSERT INTO degree(node, type, outgoing, incoming)
            SELECT node, type, sum(outgoing), sum(incoming) FROM (
                SELECT start AS node, type, 1 AS outgoing, 0 AS incoming FROM relationship WHERE id >= ?1
                UNION ALL SELECT "end", type, 0, 1 FROM relationship WHERE id >= ?1)
            WHERE true GROUP BY node, type
            ON CONFLICT(node, type) DO UPDATE SET outgoing = outgoing + excluded.outgoing, incoming = incoming + excluded.incoming
            """#, first)
        var relationshipsByType: [(Int64, Int64)] = []
        try connection.forEachRow("SELECT type, count(*) FROM relationship WHERE id >= ?1 GROUP BY type", first) {
            relationshipsByType.append(($0.int64(at: 0), $0.int64(at: 1)))
        }
        for (type, count) in relationshipsByType { try transaction.adjustStatistics(.types, id: type, by: count) }
        try transaction.adjustStatistics(.types, id: Statistics.allRows, by: relationshipsByType.reduce(0) { $0 + $1.1 })
        for (label, count) in nodesByLabel { try transaction.adjustStatistics(.labels, id: label, by: count) }
        try transaction.adjustStatistics(.labels, id: Statistics.allRows, by: nodeCount)
    }
}

extension GraphStore {
    /// Loads many nodes and relationships in one transaction, faster than `write(_:)`.
    ///
    /// See `BulkLoader`. If `body` throws or a relationship names a missing node, nothing is loaded.
    /// - Throws: what `body` throws, or `StoreError.nodeNotFound` for a dangling relationship.
    public func bulkLoad<T>(_ body: (BulkLoader) throws -> T) throws -> T {
        try write { transaction in
            let loader = try BulkLoader(transaction)
            let result = try body(loader)
            try loader.finish()
            return result
        }
    }
}
