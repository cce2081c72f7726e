import GraphModel
import GraphStore

/// What an export reads: one snapshot of the graph, its nodes and relationships in ID order,
/// as often as a format needs, with the export's own numbering of the nodes (1, 2, … in ID
/// order) so that the output does not depend on the IDs this store happened to assign.
struct GraphContents {
  let transaction: ReadTransaction
  /// Each node's number in the export.
  private(set) var numbers: [NodeID: Int] = [:]

  init(_ transaction: ReadTransaction) throws {
    self.transaction = transaction
    try transaction.forEachNodeID { numbers[$0] = numbers.count + 1 }
  }

  func forEachNode(_ body: (_ number: Int, Node) throws -> Void) throws {
    try transaction.forEachNodeID { id in
      guard let node = try transaction.node(id), let number = numbers[id] else { return }
      try body(number, node)
    }
  }

  /// Each relationship with the export numbers of its start and end nodes.
  func forEachRelationship(_ body: (Relationship, _ start: Int, _ end: Int) throws -> Void)
    throws
  {
    try transaction.forEachRelationshipID { id in
      guard let relationship = try transaction.relationship(id),
        let start = numbers[relationship.start], let end = numbers[relationship.end]
      else { return }
      try body(relationship, start, end)
    }
  }
}

/// Where an export's text goes, buffered.
public protocol ExportSink {
  mutating func write(_ text: String) throws
}
