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
  private var nodes: [NodeID: CreatedNode] = [:]
  private var ids: [String: NodeID] = [:]

  init(_ transaction: WriteTransaction) throws {
    self.transaction = transaction
    batch = try NodeBatch(transaction)
    keyRows = try RowBatcher(
      into: "node_key(node, key)", integerColumns: 1, byteColumns: [.text],
      on: transaction.connection)
  }

  /// How many created nodes are not written yet.
  var count: Int { nodes.count }

  /// The unwritten node keyed `key`.
  func id(forKey key: String) -> NodeID? { ids[key] }

  /// Whether `node` is created and not written yet.
  func contains(_ node: NodeID) -> Bool { nodes[node] != nil }

  /// Whether unwritten `node` has `label`.
  func node(_ node: NodeID, has label: String) -> Bool {
    nodes[node]?.labels.contains(label) == true
  }

  /// Creates a node keyed `key` with `properties`, which are not facts of the run.
  mutating func create(key: String, properties: [String: Value]) -> NodeID {
    let id = batch.reserveID()
    nodes[id] = CreatedNode(properties: properties)
    ids[key] = id
    return id
  }

  /// States that unwritten `node` has `label`.
  mutating func add(_ label: String, to node: NodeID) {
    guard let labels = nodes[node]?.labels, !labels.contains(label) else { return }
    nodes[node]?.labels.append(label)
  }

  /// States property `key` of unwritten `node`, combined with what the run stated before.
  mutating func state(_ key: String, _ value: Value, merge: PropertyMerge, on node: NodeID) {
    guard var created = nodes[node] else { return }
    let earlierRank = created.statedRanks[key]
    guard
      let stated = merge.stated(
        value, earlierRank: earlierRank, current: { created.properties[key] ?? .null })
    else { return }
    created.properties[key] = stated.isNull ? nil : stated
    created.statedRanks[key] = min(earlierRank ?? .max, merge.rank ?? 0)
    nodes[node] = created
  }

  /// The label bitmap of unwritten `node`.
  func labelBits(of node: NodeID) throws -> Int64? {
    guard let labels = nodes[node]?.labels else { return nil }
    return LabelSet(try labels.map { try transaction.intern($0, .label) }).bits
  }

  /// Writes the unwritten nodes, their keys, and their label and property facts into `facts`
  /// (rows of `fact(source, kind, entity, key, run, rank)`).
  mutating func write(facts: inout RowBatcher, source: Int64, run: Int64) throws {
    for (id, node) in nodes.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
      try batch.add(id, labels: node.labels, properties: node.properties)
      for label in node.labels {
        let labelID = try transaction.intern(label, .label)
        try facts.append(source, FactKind.label.rawValue, id.rawValue, labelID, run, 0)
      }
      for (key, rank) in node.statedRanks {
        let keyID = try transaction.intern(key, .propertyKey)
        try facts.append(source, FactKind.property.rawValue, id.rawValue, keyID, run, rank)
      }
    }
    for (key, id) in ids { try keyRows.append([id.rawValue], Array(key.utf8)) }
    nodes.removeAll(keepingCapacity: true)
    ids.removeAll(keepingCapacity: true)
    try batch.flush()
    try keyRows.flush()
  }
}

/// What a run states about a node it created.
private struct CreatedNode {
  var labels: [String] = []
  /// Its properties, stated or not (the key and a default name are not facts).
  var properties: [String: Value]
  /// The properties the run stated, with the lowest rank each was stated with (0 unranked).
  var statedRanks: [String: Int64] = [:]
}
