import GraphModel
import SQLiteDB

/// The nodes an import run creates, kept in memory with what the run states about them until
/// they are written, many at a time, with their keys and facts.
///
/// A created node costs no statement of its own, and its facts no provenance lookup: no earlier
/// run can have stated them, so whether a fact repeats is known from memory.
struct CreatedNodes {
  private let transaction: WriteTransaction
  private var batch: NodeBatch
  private var keyRows: RowBatcher
  /// The unwritten nodes, in ID order: reserved IDs are consecutive.
  private var nodes: [CreatedNode] = []
  /// The ID of `nodes[0]`.
  private var firstID: Int64
  /// The label bitmaps of the nodes written so far.
  private var writtenBits: WrittenLabelBits

  init(_ transaction: WriteTransaction) throws {
    self.transaction = transaction
    batch = try NodeBatch(transaction)
    keyRows = RowBatcher(
      into: "node_key(node, key)", integerColumns: 1, byteColumns: [.text],
      on: transaction.connection)
    firstID = batch.nextID
    writtenBits = WrittenLabelBits(firstID: firstID)
  }

  /// How many created nodes are not written yet.
  var count: Int { nodes.count }

  /// Whether `node` is created and not written yet.
  func contains(_ node: NodeID) -> Bool { index(of: node) != nil }

  /// Whether unwritten `node` has `label`.
  func node(_ node: NodeID, has label: String) -> Bool {
    index(of: node).map { nodes[$0].labels.contains(label) } == true
  }

  /// Whether unwritten `node` is an endpoint of a relationship marked with `markEndpoint(_:)`
  /// since the nodes were last written.
  func isEndpoint(_ node: NodeID) -> Bool {
    index(of: node).map { nodes[$0].isEndpoint } == true
  }

  /// Marks unwritten `node` as an endpoint of a relationship not written yet.
  mutating func markEndpoint(_ node: NodeID) {
    guard let index = index(of: node) else { return }
    nodes[index].isEndpoint = true
  }

  /// Creates a node keyed `key` with `properties`, which are not facts of the run.
  mutating func create(key: String, properties: [String: Value]) -> NodeID {
    let id = batch.reserveID()
    nodes.append(CreatedNode(key: key, properties: properties))
    return id
  }

  /// States that unwritten `node` has `label`.
  mutating func add(_ label: String, to node: NodeID) {
    guard let index = index(of: node), !nodes[index].labels.contains(label) else { return }
    nodes[index].labels.append(label)
  }

  /// States property `key` of unwritten `node`, combined with what the run stated before.
  mutating func state(_ key: String, _ value: Value, merge: PropertyMerge, on node: NodeID) {
    guard let index = index(of: node) else { return }
    let earlierRank = nodes[index].statedRanks[key]
    guard
      let stated = merge.stated(
        value, earlierRank: earlierRank, current: { nodes[index].properties[key] ?? .null })
    else { return }
    nodes[index].properties[key] = stated.isNull ? nil : stated
    nodes[index].statedRanks[key] = min(earlierRank ?? .max, merge.rank ?? 0)
  }

  /// The labels of unwritten `node`; nil for another node.
  func labels(of node: NodeID) -> [String]? {
    index(of: node).map { nodes[$0].labels }
  }

  /// The label bitmap of written `node`; nil for another node, and for one whose labels changed
  /// since it was written (see `labelsChanged(of:)`).
  func writtenLabelBits(of node: NodeID) -> Int64? {
    writtenBits.bits(of: node)
  }

  /// Notes that the labels of written `node` changed.
  mutating func labelsChanged(of node: NodeID) {
    writtenBits.forget(node)
  }

  /// Writes the unwritten nodes, their keys, and their label and property facts into `facts`
  /// (rows of `fact(source, kind, entity, key, run, rank)`).
  mutating func write(facts: inout RowBatcher, source: Int64, run: Int64) throws {
    for (offset, node) in nodes.enumerated() {
      let id = firstID + Int64(offset)
      writtenBits.append(
        try batch.add(NodeID(id), labels: node.labels, properties: node.properties))
      try keyRows.append([id], bytes: node.key.utf8)
      for label in node.labels {
        let labelID = try transaction.intern(label, .label)
        try facts.append([source, FactKind.label.rawValue, id, labelID, run, 0])
      }
      for (key, rank) in node.statedRanks {
        let keyID = try transaction.intern(key, .propertyKey)
        try facts.append([source, FactKind.property.rawValue, id, keyID, run, rank])
      }
    }
    nodes.removeAll(keepingCapacity: true)
    firstID = batch.nextID
    try batch.flush()
    try keyRows.flush()
  }

  private func index(of node: NodeID) -> Int? {
    let offset = node.rawValue - firstID
    return offset >= 0 && offset < nodes.count ? Int(offset) : nil
  }
}

/// What a run states about a node it created.
private struct CreatedNode {
  let key: String
  var labels: [String] = []
  /// Whether it is an endpoint of a relationship not written yet.
  var isEndpoint = false
  /// Its properties, stated or not (the key and a default name are not facts).
  var properties: [String: Value]
  /// The properties the run stated, with the lowest rank each was stated with (0 unranked).
  var statedRanks: [String: Int64] = [:]
}
