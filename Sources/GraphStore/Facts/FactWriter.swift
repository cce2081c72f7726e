import GraphModel
import SQLiteDB

/// Applies the facts of one source (an ontology document) inside a write transaction, and
/// remembers them, so that importing the source again replaces exactly what it said before.
///
/// Nodes are found by their key (an IRI) through `node_key`; a key never seen creates a node
/// that carries the key as a property. A created node is kept in memory with what is stated
/// about it, and written with the relationships this run created, in batches. Each fact is
/// stamped with the source's current run;
/// `finish()` retracts the facts of earlier runs that this one did not repeat, unless another
/// source still states them.
///
/// Its state is exempt from Swift's run-time exclusivity checks (`@exclusivity(unchecked)`),
/// one for each use of a property, which were 4.5% of the writer's instructions importing a
/// generated ontology at scale 10: a writer is used by one thread at a time, and no method lets
/// out access to its state, so no two accesses can overlap.
public final class FactWriter {
  private let transaction: WriteTransaction
  private let sourceID: Int64
  private let run: Int64
  private let keyProperty: String
  private let initialProperties: (String) -> [String: Value]
  /// Recently used keys' nodes; cleared when it grows past `cachedKeys`, so memory stays
  /// bounded however many nodes a source has.
  @exclusivity(unchecked) private var nodes: [String: NodeID] = [:]
  private static let cachedKeys = 65_536
  /// The nodes of the keys used last, found without hashing.
  @exclusivity(unchecked) private var recentKeys = RecentStrings<NodeID>()
  /// Whether the store had keyed nodes before this run: if not, a key missing from memory is in
  /// `node_key` only when this run created it.
  private let keysMayBeStored: Bool
  /// The keys of the nodes this run created, written or not.
  private let createdKeys = BloomFilter()
  /// The statements run once per fact, held rather than looked up by their SQL each time.
  private let findNode: Statement
  private let findRelationship: Statement
  /// The highest node and relationship IDs before this run: any higher one it created.
  private let nodeWatermark: Int64
  private let relationshipWatermark: Int64
  /// A hash of each existing node's state before this run first touched it.
  @exclusivity(unchecked) private var nodeBefore: [NodeID: Int] = [:]
  @exclusivity(unchecked) private var relationshipBefore: [RelationshipID: Int] = [:]
  @exclusivity(unchecked) private var summary = FactSummary()
  /// Labels and properties stated for one node, written in one rewrite when facts move on to
  /// another node or to a relationship.
  @exclusivity(unchecked) private var pending: PendingNode?
  /// Whether this is the source's first run, when no fact can come from an earlier one.
  private var isFirstRun: Bool { run == 1 }
  /// The nodes this run created and has not written yet, with what it stated about them.
  @exclusivity(unchecked) private var createdNodes: CreatedNodes
  /// The relationships this run created and has not written yet.
  @exclusivity(unchecked) private var created: RelationshipBatch
  /// Those relationships by endpoints and type, so a repeated statement finds them.
  @exclusivity(unchecked) private var bufferedRelationships: [RelationshipKey: RelationshipID] = [:]
  /// Every relationship this run created, written or not: one with an endpoint the run created
  /// is looked for in the store only when the filter says the run may have created it.
  private let createdRelationships = BloomFilter()
  /// Their stored endpoints (created ones are marked in `createdNodes`): a label change on one
  /// writes the batch first, because the batch keeps the label bitmaps its relationships were
  /// added with.
  @exclusivity(unchecked) private var storedEndpoints: Set<NodeID> = []
  /// The facts of the nodes and relationships this run created, which no earlier run can have
  /// stated: written in batches with the relationships.
  @exclusivity(unchecked) private var newFacts: RowBatcher
  /// The highest node ID a stored relationship can have as an endpoint: the highest before
  /// this run, raised to the highest at each write of `created`.
  @exclusivity(unchecked) private var storedEndpointLimit: Int64
  /// The highest node ID so far.
  @exclusivity(unchecked) private var highestNode: Int64
  /// Label bitmaps of recent relationship endpoints, created or stored, kept once a created
  /// node is written; a node's entry is dropped when its labels change, and the whole cache
  /// when it grows past `cachedKeys`.
  @exclusivity(unchecked) private var labelBits: [NodeID: Int64] = [:]

  init(
    transaction: WriteTransaction, source: String, keyProperty: String,
    initialProperties: @escaping (String) -> [String: Value]
  ) throws {
    self.transaction = transaction
    self.keyProperty = keyProperty
    self.initialProperties = initialProperties
    let connection = transaction.connection
    try connection.run(
      "INSERT INTO fact_source(name, run) VALUES (?, 1) ON CONFLICT(name) DO UPDATE SET run = run + 1",
      [.text(source)])
    var found: (Int64, Int64)?
    try connection.forEachRow("SELECT id, run FROM fact_source WHERE name = ?", [.text(source)]) {
      found = ($0.int64(at: 0), $0.int64(at: 1))
    }
    guard let found else { throw StoreError.corruptValue("fact source \(source) vanished") }
    (sourceID, run) = found
    nodeWatermark = try connection.highestID(in: "node")
    relationshipWatermark = try connection.highestID(in: "relationship")
    storedEndpointLimit = nodeWatermark
    highestNode = nodeWatermark
    created = try RelationshipBatch(transaction)
    keysMayBeStored = try connection.scalar("SELECT 1 FROM node_key LIMIT 1") != nil
    findNode = try connection.prepare("SELECT node FROM node_key WHERE key = ?")
    findRelationship = try connection.prepare(
      "SELECT relationship FROM adjacency_out WHERE node = ? AND type = ? AND neighbor = ? LIMIT 1")
    createdNodes = try CreatedNodes(transaction)
    newFacts = RowBatcher(
      into: "fact(source, kind, entity, key, run, rank)", integerColumns: 6,
      onConflict: "ON CONFLICT DO NOTHING", on: connection)
  }

  /// Applies one fact.
  public func apply(_ fact: GraphFact) throws {
    switch fact {
    case .node(let key):
      _ = try node(key)
    case .label(let label, let key):
      try applyLabel(label, to: try node(key))
    case .property(let key, let value, let nodeKey, let merge):
      try applyProperty(key, value, on: try node(nodeKey), merge: merge)
    case .relationship(let type, let from, let to, let properties):
      try flush()
      try applyRelationship(type, from: try node(from), to: try node(to), properties)
    }
  }

  /// Writes the nodes and relationships created so far, when there are enough to be worth a
  /// batch. An importer calls it while it waits for more facts, so that less is left to write
  /// at the end.
  public func writeAhead() throws {
    guard created.count >= Self.writeAheadMinimum || createdNodes.count >= Self.writeAheadMinimum
    else { return }
    try flush()
    try writeCreated()
  }

  /// The fewest created nodes or relationships `writeAhead()` writes.
  private static let writeAheadMinimum = 256

  /// Retracts what earlier runs of the source stated and this one did not, and says what the
  /// run changed.
  public func finish() throws -> FactSummary {
    try flush()
    try writeCreated()
    try retractStaleFacts()
    for (node, before) in nodeBefore {
      if let after = try nodeHash(node), after != before { summary.nodesUpdated += 1 }
    }
    for (relationship, before) in relationshipBefore {
      if let after = try transaction.relationship(relationship)?.properties.hashValue,
        after != before
      {
        summary.relationshipsUpdated += 1
      }
    }
    return summary
  }

  // MARK: Nodes

  /// The node keyed `key`, created when there is none; states that it exists.
  private func node(_ key: String) throws -> NodeID {
    if let known = recentKeys.value(for: key) { return known }
    if let known = nodes[key] {
      recentKeys.remember(known, for: key)
      return known
    }
    let hash = Self.hash(key)
    let id = try storedNode(key, hash: hash) ?? createNode(key, hash: hash)
    if nodes.count >= Self.cachedKeys {
      // Only this cache knows the keys of created nodes not written yet: write them first, so
      // that the store finds them once they are forgotten here.
      try writeCreated()
      nodes.removeAll(keepingCapacity: true)
    }
    nodes[key] = id
    recentKeys.remember(id, for: key)
    if id.rawValue <= nodeWatermark { _ = try record(.node, entity: id.rawValue, key: 0) }
    return id
  }

  /// The stored node keyed `key` (whose hash for `createdKeys` is `hash`), if any.
  private func storedNode(_ key: String, hash: UInt64) throws -> NodeID? {
    guard keysMayBeStored || createdKeys.mayContain(hash) else { return nil }
    try findNode.bind(key, at: 1)
    return try findNode.firstInteger().map { NodeID($0) }
  }

  /// Reserves a node for `key` (whose hash for `createdKeys` is `hash`), to be written with what
  /// facts state about it.
  private func createNode(_ key: String, hash: UInt64) throws -> NodeID {
    if createdNodes.count >= Self.cachedKeys { try writeCreated() }
    var properties = initialProperties(key)
    properties[keyProperty] = .string(key)
    let id = createdNodes.create(key: key, properties: properties)
    createdKeys.insert(hash)
    summary.nodesCreated += 1
    highestNode = id.rawValue
    try recordNew(.node, entity: id.rawValue)
    return id
  }

  private func applyLabel(_ label: String, to node: NodeID) throws {
    if createdNodes.contains(node) {
      if !createdNodes.isEndpoint(node) || createdNodes.node(node, has: label) {
        createdNodes.add(label, to: node)
        labelBits[node] = nil
        return
      }
      // A buffered relationship keeps its endpoints' label bitmaps: write it first.
      try writeCreated()
    }
    try buffer(node)
    let labelID = try transaction.intern(label, .label)
    _ = try record(.label, entity: node.rawValue, key: labelID)
    pending?.add(label)
  }

  private func applyProperty(_ key: String, _ value: Value, on node: NodeID, merge: PropertyMerge)
    throws
  {
    guard !createdNodes.contains(node) else {
      createdNodes.state(key, value, merge: merge, on: node)
      return
    }
    try buffer(node)
    let keyID = try transaction.intern(key, .propertyKey)
    let stamp = try record(.property, entity: node.rawValue, key: keyID, rank: merge.rank)
    let earlierRank: Int64? = if case .repeated(let rank) = stamp { rank } else { nil }
    let stated = try merge.stated(value, earlierRank: earlierRank) {
      try pending?.properties[key] ?? transaction.property(key, ofNode: node)
    }
    if let stated { pending?.properties[key] = stated }
  }

  /// Makes `node` the one whose labels and properties are buffered, writing the previous one.
  private func buffer(_ node: NodeID) throws {
    guard pending?.id != node else { return }
    try flush()
    try noteBefore(node)
    pending = PendingNode(id: node)
  }

  /// Writes the buffered node's labels and properties.
  private func flush() throws {
    guard let node = pending else { return }
    pending = nil
    guard !node.labels.isEmpty || !node.properties.isEmpty else { return }
    if !node.labels.isEmpty {
      labelBits[node.id] = nil
      createdNodes.labelsChanged(of: node.id)
      if storedEndpoints.contains(node.id) { try writeCreated() }
    }
    try transaction.amendNode(node.id, addingLabels: node.labels, setting: node.properties)
  }

  // MARK: Relationships

  private func applyRelationship(
    _ type: String, from start: NodeID, to end: NodeID, _ properties: [String: Value]
  ) throws {
    let key = RelationshipKey(
      start: start, type: try transaction.intern(type, .relationshipType), end: end)
    let mayBeCreated = createdRelationships.mayContain(key.filterHash)
    if mayBeCreated, let id = bufferedRelationships[key] {
      // Created by this run and stated again: the statements' properties add up.
      if !properties.isEmpty { try created.setProperties(properties, on: id) }
      return
    }
    guard let id = try storedRelationship(key, mayBeCreated: mayBeCreated) else {
      try createRelationship(key, properties)
      return
    }
    if case .repeated = try record(.relationship, entity: id.rawValue, key: 0) {
      if !properties.isEmpty { try transaction.setProperties(properties, onRelationship: id) }
      return
    }
    // First stated in this run: its properties become exactly these.
    let current = try transaction.relationship(id)?.properties ?? [:]
    if id.rawValue <= relationshipWatermark { relationshipBefore[id] = current.hashValue }
    if current != properties {
      try transaction.setProperties(properties, onRelationship: id, replacingAll: true)
    }
  }

  /// The stored relationship `key` names, if any. Only one between nodes that existed when
  /// `created` was last written (or before this run) can be stored, and one with an endpoint
  /// this run created only if this run created it, so the others are not looked for.
  ///
  /// - Parameter mayBeCreated: whether `createdRelationships` says this run may have created it.
  private func storedRelationship(_ key: RelationshipKey, mayBeCreated: Bool) throws
    -> RelationshipID?
  {
    let newestEndpoint = max(key.start.rawValue, key.end.rawValue)
    guard newestEndpoint <= storedEndpointLimit else { return nil }
    if newestEndpoint > nodeWatermark, !mayBeCreated { return nil }
    try findRelationship.bind(key.start.rawValue, at: 1)
    try findRelationship.bind(key.type, at: 2)
    try findRelationship.bind(key.end.rawValue, at: 3)
    return try findRelationship.firstInteger().map { RelationshipID($0) }
  }

  /// Creates the relationship `key` names, in the batch of those this run created.
  private func createRelationship(_ key: RelationshipKey, _ properties: [String: Value]) throws {
    let id = try created.add(
      from: key.start, startBits: try bits(of: key.start), to: key.end,
      endBits: try bits(of: key.end), type: key.type, properties: properties
    ) { try transaction.intern($0, .propertyKey) }
    bufferedRelationships[key] = id
    createdRelationships.insert(key.filterHash)
    markEndpoint(key.start)
    markEndpoint(key.end)
    summary.relationshipsCreated += 1
    try recordNew(.relationship, entity: id.rawValue)
    if created.isFull { try writeCreated() }
  }

  /// Notes that `node` is an endpoint of a relationship in `created`.
  private func markEndpoint(_ node: NodeID) {
    if createdNodes.contains(node) {
      createdNodes.markEndpoint(node)
    } else {
      storedEndpoints.insert(node)
    }
  }

  /// Writes the nodes and relationships this run created so far and the new facts, after which
  /// the store finds them itself.
  private func writeCreated() throws {
    try createdNodes.write(facts: &newFacts, source: sourceID, run: run)
    try created.flush()
    try newFacts.flush()
    bufferedRelationships.removeAll(keepingCapacity: true)
    storedEndpoints.removeAll(keepingCapacity: true)
    storedEndpointLimit = highestNode
  }

  /// A node key's hash for `createdKeys`.
  private static func hash(_ key: String) -> UInt64 { UInt64(bitPattern: Int64(key.hashValue)) }

  private func bits(of node: NodeID) throws -> Int64 {
    if let known = labelBits[node] { return known }
    let bits: Int64
    if let labels = createdNodes.labels(of: node) {
      bits = try transaction.labelSet(labels).bits
    } else {
      bits = try createdNodes.writtenLabelBits(of: node) ?? transaction.labelBits(of: node)
    }
    if labelBits.count >= Self.cachedKeys { labelBits.removeAll(keepingCapacity: true) }
    labelBits[node] = bits
    return bits
  }

  // MARK: Provenance

  /// What stamping a fact with this run found.
  private enum Stamp {
    /// The source had not stated it before.
    case new
    /// An earlier run of the source stated it.
    case restated
    /// This run stated it already, with this rank (0 for unranked facts).
    case repeated(rank: Int64)
  }

  /// Stamps the fact that this run created `entity`, which no run can have stated before.
  private func recordNew(_ kind: FactKind, entity: Int64) throws {
    try newFacts.append([sourceID, kind.rawValue, entity, 0, run, 0])
  }

  /// Stamps a fact with this run.
  ///
  /// - Parameter rank: for a ranked fact, its rank; the stamp keeps the lowest rank of the run.
  private func record(_ kind: FactKind, entity: Int64, key: Int64, rank: Int64? = nil) throws
    -> Stamp
  {
    let connection = transaction.connection
    let keyArguments: [SQLiteValue] = [
      .integer(sourceID), .integer(kind.rawValue), .integer(entity), .integer(key),
    ]
    if !isFirstRun {
      // A ranked fact restated from an earlier run starts its ranking afresh.
      try connection.run(
        "UPDATE fact SET run = ?, rank = ? WHERE source = ? AND kind = ? AND entity = ? AND key = ? AND run < ?",
        [.integer(run), .integer(rank ?? 0)] + keyArguments + [.integer(run)])
      if connection.changes == 1 { return .restated }
    }
    try connection.run(
      "INSERT OR IGNORE INTO fact(source, kind, entity, key, run, rank) VALUES (?, ?, ?, ?, ?, ?)",
      keyArguments + [.integer(run), .integer(rank ?? 0)])
    if connection.changes == 1 { return .new }
    guard let rank else { return .repeated(rank: 0) }
    var earlier: Int64 = 0
    try connection.forEachRow(
      "SELECT rank FROM fact WHERE source = ? AND kind = ? AND entity = ? AND key = ?",
      keyArguments
    ) { earlier = $0.int64(at: 0) }
    if rank < earlier {
      try connection.run(
        "UPDATE fact SET rank = ? WHERE source = ? AND kind = ? AND entity = ? AND key = ?",
        [.integer(rank)] + keyArguments)
    }
    return .repeated(rank: earlier)
  }

  /// Removes the facts of earlier runs, and from the graph what no source states any more:
  /// relationships first, then properties and labels, then nodes.
  private func retractStaleFacts() throws {
    guard !isFirstRun else { return }
    let connection = transaction.connection
    var stale: [(kind: FactKind, entity: Int64, key: Int64)] = []
    try connection.forEachRow(
      "SELECT kind, entity, key FROM fact WHERE source = ? AND run < ? ORDER BY kind DESC",
      [.integer(sourceID), .integer(run)]
    ) { row in
      if let kind = FactKind(rawValue: row.int64(at: 0)) {
        stale.append((kind, row.int64(at: 1), row.int64(at: 2)))
      }
    }
    try connection.run(
      "DELETE FROM fact WHERE source = ? AND run < ?", [.integer(sourceID), .integer(run)])
    for fact in stale {
      let stillStated = try connection.scalar(
        """
        SELECT 1 FROM fact WHERE source IN (SELECT id FROM fact_source)
          AND kind = ? AND entity = ? AND key = ? LIMIT 1
        """,
        [.integer(fact.kind.rawValue), .integer(fact.entity), .integer(fact.key)])
      if stillStated != nil { continue }
      try retract(fact.kind, entity: fact.entity, key: fact.key)
    }
  }

  private func retract(_ kind: FactKind, entity: Int64, key: Int64) throws {
    switch kind {
    case .relationship:
      let id = RelationshipID(entity)
      guard try transaction.relationship(id) != nil else { return }
      try transaction.deleteRelationship(id)
      summary.relationshipsRemoved += 1
    case .property:
      let node = NodeID(entity)
      guard try transaction.nodeExists(node) else { return }
      try noteBefore(node)
      try transaction.setProperty(
        try transaction.name(of: key, .propertyKey), to: .null, onNode: node)
    case .label:
      let node = NodeID(entity)
      guard try transaction.nodeExists(node) else { return }
      try noteBefore(node)
      try transaction.removeLabel(try transaction.name(of: key, .label), fromNode: node)
    case .node:
      let node = NodeID(entity)
      guard try transaction.nodeExists(node) else { return }
      try transaction.deleteNode(node, detach: true)
      nodeBefore[node] = nil
      summary.nodesRemoved += 1
    }
  }

  // MARK: Change detection

  private func noteBefore(_ node: NodeID) throws {
    guard nodeBefore[node] == nil, node.rawValue <= nodeWatermark else { return }
    nodeBefore[node] = try nodeHash(node)
  }

  private func nodeHash(_ node: NodeID) throws -> Int? {
    try transaction.withNodeRow(node) { labels, properties in
      var hasher = Hasher()
      hasher.combine(bytes: labels)
      hasher.combine(bytes: properties)
      return hasher.finalize()
    }
  }
}

/// A relationship's endpoints and type: what makes two statements the same relationship.
private struct RelationshipKey: Hashable {
  let start: NodeID
  let type: Int64
  let end: NodeID
  /// Its hash for a `BloomFilter`, which also stands for it in a `Hasher`.
  let filterHash: UInt64

  init(start: NodeID, type: Int64, end: NodeID) {
    self.start = start
    self.type = type
    self.end = end
    filterHash = BloomFilter.mix(
      BloomFilter.mix(BloomFilter.mix(0x9E37_79B9_7F4A_7C15, start.rawValue), type), end.rawValue)
  }

  static func == (lhs: Self, rhs: Self) -> Bool {
    (lhs.start, lhs.type, lhs.end) == (rhs.start, rhs.type, rhs.end)
  }

  func hash(into hasher: inout Hasher) { hasher.combine(filterHash) }
}

/// The labels and properties stated for one stored node, not yet written.
private struct PendingNode {
  let id: NodeID
  private(set) var labels: [String] = []
  var properties: [String: Value] = [:]

  init(id: NodeID) { self.id = id }

  mutating func add(_ label: String) {
    if !labels.contains(label) { labels.append(label) }
  }
}

extension WriteTransaction {
  /// A writer for the facts of `source`, starting its next import run.
  ///
  /// - Parameters:
  ///   - keyProperty: the property that keeps each keyed node's key (`iri`).
  ///   - initialProperties: properties a node created for a key starts with (a default name),
  ///     until facts say otherwise; they are not facts of the source.
  public func factWriter(
    source: String, keyProperty: String = "iri",
    initialProperties: @escaping (String) -> [String: Value] = { _ in [:] }
  ) throws -> FactWriter {
    checkActive()
    return try FactWriter(
      transaction: self, source: source, keyProperty: keyProperty,
      initialProperties: initialProperties)
  }
}
