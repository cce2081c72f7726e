import GraphModel

/// The rows one connection has read and decoded, kept across its read transactions for as long
/// as the database is unchanged, so that a node, relationship, adjacency list, label's node
/// list or property-index equality seek met again (and the index definitions) is answered from
/// memory instead of SQLite. It also keeps what callers derive from the graph alone
/// (`ReadTransaction.derived`), under the same rule.
///
/// Each read transaction starts by reading the connection's data version (`PRAGMA
/// data_version`, which also takes the transaction's snapshot and moves whenever another
/// connection has committed) and hands it to `synchronize(dataVersion:)`: rows decoded under
/// another version are dropped first. A connection's own commits do not move its data version,
/// so a write transaction neither reads nor fills the cache and calls `invalidate()` on its
/// connection's cache when it ends. Used by one transaction at a time, like its connection:
/// so its tables are exempt from Swift's run-time exclusivity checks (`@exclusivity(unchecked)`),
/// which cost a call per look-up, and no method lets out access to them while another runs.
final class SnapshotCache {
  /// A node as stored: its labels and its properties by interned key. A class, so that a
  /// look-up hands out one reference rather than copying (and retaining) each of its lists.
  final class NodeRow {
    let labels: LabelSet
    let properties: DecodedProperties

    init(labels: LabelSet, properties: DecodedProperties) {
      self.labels = labels
      self.properties = properties
    }
  }

  /// A relationship as stored, with its properties by interned key; a class like `NodeRow`.
  final class RelationshipRow {
    let start: NodeID
    let end: NodeID
    let typeID: Int64
    let properties: DecodedProperties

    init(start: NodeID, end: NodeID, typeID: Int64, properties: DecodedProperties) {
      self.start = start
      self.end = end
      self.typeID = typeID
      self.properties = properties
    }
  }

  /// One adjacency range of a node: its relationships in one direction, of one type or (nil)
  /// of all.
  struct AdjacencyRange {
    let direction: Direction
    let typeID: Int64?
    let neighbors: [Neighbor]
  }

  /// An equality seek of a property index: the nodes with `label` whose `key` is `value`.
  struct EqualitySeek: Hashable {
    let label: Int64
    let key: Int64
    let value: Value
  }

  /// The most rows (nodes, relationships, adjacency entries, labels' and seeks' node IDs
  /// together) kept; past it the cache starts again empty.
  let capacity: Int
  @exclusivity(unchecked) private var dataVersion: Int64?
  /// The node and relationship rows, by ID, held unretained: a look-up lends its row to the
  /// caller's closure without a retain and a release (atomic, and among the commonest of a
  /// query's costs); `owners` keeps them alive.
  @exclusivity(unchecked) private var nodes = IntegerTable<Unmanaged<NodeRow>>()
  @exclusivity(unchecked) private var relationships = IntegerTable<Unmanaged<RelationshipRow>>()
  @exclusivity(unchecked) private var owners: [AnyObject] = []
  /// By node: the ranges read so far, a handful per node.
  @exclusivity(unchecked) private var adjacency = IntegerTable<[AdjacencyRange]>()
  /// By label ID: the nodes with the label, in ID order.
  @exclusivity(unchecked) private var labelled = IntegerTable<[NodeID]>()
  /// By equality seek: the nodes it found, in the order it found them.
  @exclusivity(unchecked) private var sought: [EqualitySeek: [NodeID]] = [:]
  @exclusivity(unchecked) private var rowCount = 0
  @exclusivity(unchecked) private var indexes: IndexDefinitions?
  /// Values the library above derives from the graph alone, by key.
  @exclusivity(unchecked) private var derived: [String: Any] = [:]

  init(capacity: Int) { self.capacity = capacity }

  /// Drops every row unless they were decoded under `dataVersion`.
  func synchronize(dataVersion: Int64) {
    guard dataVersion != self.dataVersion else { return }
    removeAll()
    self.dataVersion = dataVersion
  }

  /// Marks every row stale: the next transaction starts empty.
  func invalidate() { dataVersion = nil }

  /// Calls `body` with the node `id`, from memory or else from `read` (whose row is then
  /// kept); nil when there is none. `body` must not use the cache: the row is lent to it
  /// unretained.
  func withNode<Result>(
    _ id: NodeID, _ read: () throws -> NodeRow?, _ body: (NodeRow) throws -> Result
  ) rethrows -> Result? {
    if let row = nodes[id.rawValue] { return try row._withUnsafeGuaranteedRef(body) }
    guard let row = try read() else { return nil }
    if admit(1) {
      nodes[id.rawValue] = Unmanaged.passUnretained(row)
      owners.append(row)
    }
    return try body(row)
  }

  /// Calls `body` with the relationship `id`, from memory or else from `read` (whose row is
  /// then kept); nil when there is none. `body` must not use the cache: the row is lent to it
  /// unretained.
  func withRelationship<Result>(
    _ id: RelationshipID, _ read: () throws -> RelationshipRow?,
    _ body: (RelationshipRow) throws -> Result
  ) rethrows -> Result? {
    if let row = relationships[id.rawValue] { return try row._withUnsafeGuaranteedRef(body) }
    guard let row = try read() else { return nil }
    if admit(1) {
      relationships[id.rawValue] = Unmanaged.passUnretained(row)
      owners.append(row)
    }
    return try body(row)
  }

  /// The relationships of `node` in `direction` of type `typeID` (all types when nil), from
  /// memory or else from `read` (whose entries are then kept).
  func neighbors(
    of node: NodeID, _ direction: Direction, typeID: Int64?, _ read: () throws -> [Neighbor]
  ) rethrows -> [Neighbor] {
    let ranges = adjacency[node.rawValue]
    if let ranges {
      for range in ranges where range.direction == direction && range.typeID == typeID {
        return range.neighbors
      }
    }
    let neighbors = try read()
    if admit(max(1, neighbors.count)) {
      let range = AdjacencyRange(direction: direction, typeID: typeID, neighbors: neighbors)
      // Read again: admitting may have emptied the cache.
      adjacency[node.rawValue] = (adjacency[node.rawValue] ?? []) + [range]
    }
    return neighbors
  }

  /// The nodes with the label `labelID`, from memory or else from `read` (whose list is then
  /// kept).
  func nodes(withLabel labelID: Int64, _ read: () throws -> [NodeID]) rethrows -> [NodeID] {
    if let nodes = labelled[labelID] { return nodes }
    let nodes = try read()
    if admit(max(1, nodes.count)) { labelled[labelID] = nodes }
    return nodes
  }

  /// The nodes an equality seek finds, from memory or else from `read` (whose list is then
  /// kept).
  func nodes(_ seek: EqualitySeek, _ read: () throws -> [NodeID]) rethrows -> [NodeID] {
    if let nodes = sought[seek] { return nodes }
    let nodes = try read()
    if admit(max(1, nodes.count)) { sought[seek] = nodes }
    return nodes
  }

  /// The index definitions, from memory or else from `read`.
  func indexDefinitions(_ read: () throws -> IndexDefinitions) rethrows -> IndexDefinitions {
    if let indexes { return indexes }
    let definitions = try read()
    indexes = definitions
    return definitions
  }

  /// The value derived under `key`, from memory or else from `compute` (whose value is then
  /// kept).
  func derived<T>(_ key: String, _ compute: () throws -> T) rethrows -> T {
    if let value = derived[key] as? T { return value }
    let value = try compute()
    derived[key] = value
    return value
  }

  /// Counts `rows` more against the capacity, emptying the cache first when they would not
  /// fit; false when they are more than the whole capacity.
  private func admit(_ rows: Int) -> Bool {
    guard rows <= capacity else { return false }
    if rowCount + rows > capacity { removeAll() }
    rowCount += rows
    return true
  }

  private func removeAll() {
    nodes.removeAll()
    relationships.removeAll()
    owners.removeAll()
    adjacency.removeAll()
    labelled.removeAll()
    sought.removeAll()
    indexes = nil
    derived.removeAll()
    rowCount = 0
  }
}
