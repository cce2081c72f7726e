import GraphModel
import GraphStore

/// What an export reads: one snapshot of the graph, its nodes and relationships in ID order,
/// as often as a format needs, with the export's own numbering of each (1, 2, … in ID order)
/// so that the output does not depend on the IDs this store happened to assign.
struct GraphContents {
  let transaction: ReadTransaction
  /// Each node's number in the export.
  private let numbers: [NodeID: Int]

  init(_ transaction: ReadTransaction) throws {
    self.transaction = transaction
    var numbers: [NodeID: Int] = [:]
    try transaction.forEachNodeID { numbers[$0] = numbers.count + 1 }
    self.numbers = numbers
  }

  func forEachNode(_ body: (_ number: Int, Node) throws -> Void) throws {
    try transaction.forEachNodeID { id in
      guard let node = try transaction.node(id), let number = numbers[id] else { return }
      try body(number, node)
    }
  }

  /// Each relationship with its number and the numbers of its start and end nodes.
  func forEachRelationship(
    _ body: (_ number: Int, Relationship, _ start: Int, _ end: Int) throws -> Void
  ) throws {
    var number = 0
    try transaction.forEachRelationshipID { id in
      guard let relationship = try transaction.relationship(id),
        let start = numbers[relationship.start], let end = numbers[relationship.end]
      else { return }
      number += 1
      try body(number, relationship, start, end)
    }
  }
}

/// Where an export's text goes, buffered.
public protocol ExportSink {
  mutating func write(_ text: String) throws
}

/// A string collects an export in memory.
extension String: ExportSink {
  public mutating func write(_ text: String) { self += text }
}
