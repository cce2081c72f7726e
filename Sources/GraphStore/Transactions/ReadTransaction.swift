import GraphModel
import SQLiteDB

/// A read transaction: everything it reads comes from one consistent snapshot of the graph.
///
/// Handed to the closure of `GraphStore.read(_:)` (and, as a `WriteTransaction`, of `write(_:)`);
/// it is valid only during that call. Names that the graph has never seen read as empty
/// results, never as errors.
public class ReadTransaction {
  let connection: Connection
  let store: GraphStore
  /// Rows this connection decoded under the same snapshot before; nil for a writer, whose
  /// reads must see its own changes.
  let cache: SnapshotCache?
  private var isActive = true
  private var loadedIndexDefinitions: IndexDefinitions?

  init(connection: Connection, store: GraphStore, cache: SnapshotCache?) {
    self.connection = connection
    self.store = store
    self.cache = cache
  }

  func end() { isActive = false }

  /// Guards against a transaction used after its closure returned: a programming error.
  @inline(__always)
  func checkActive() {
    precondition(
      isActive, "a GraphStore transaction was used outside its read { } or write { } closure")
  }

  /// `compute()`'s value, kept under `key` with the connection's snapshot cache for as long as
  /// the graph is unchanged: for what a caller derives from the graph alone and needs often
  /// (the names a request may use, say). Computed each time without a cache (in a write).
  public func derived<T>(_ key: String, _ compute: () throws -> T) rethrows -> T {
    checkActive()
    guard let cache else { return try compute() }
    return try cache.derived(key, compute)
  }

  // MARK: Catalog

  /// The interned ID of `name`, or `nil` when the graph has never used it.
  func resolve(_ name: String, _ kind: CatalogKind) throws -> Int64? {
    checkActive()
    if let id = uncommittedID(of: name, kind) ?? store.catalog.id(of: name, kind) { return id }
    guard
      case .integer(let id) = try connection.scalar(
        "SELECT id FROM \(kind.table) WHERE name = ?", [.text(name)])
    else { return nil }
    // Found outside this transaction's own new entries, so it is committed: safe to share.
    store.catalog.record([(kind, id, name)])
    return id
  }

  /// The name behind an interned ID.
  /// - Throws: `StoreError.corruptValue` when no catalog entry has that ID.
  func name(of id: Int64, _ kind: CatalogKind) throws -> String {
    if let name = uncommittedName(of: id, kind) ?? store.catalog.name(of: id, kind) { return name }
    guard
      case .text(let name) = try connection.scalar(
        "SELECT name FROM \(kind.table) WHERE id = ?", [.integer(id)])
    else { throw StoreError.corruptValue("\(kind.noun) ID \(id) is not in the catalog") }
    store.catalog.record([(kind, id, name)])
    return name
  }

  /// The interned ID of a property key, nil when the graph has never used it. Once committed,
  /// an ID names the same key forever.
  package func propertyKeyID(_ key: String) throws -> Int64? { try resolve(key, .propertyKey) }

  /// Entries this transaction interned but has not committed; only a writer has any.
  func uncommittedID(of name: String, _ kind: CatalogKind) -> Int64? { nil }
  func uncommittedName(of id: Int64, _ kind: CatalogKind) -> String? { nil }

  /// Every name of a kind the graph has used, sorted.
  func names(_ kind: CatalogKind) throws -> [String] {
    checkActive()
    var names: [String] = []
    try connection.forEachRow("SELECT name FROM \(kind.table) ORDER BY name") {
      names.append($0.string(at: 0))
    }
    return names
  }

  /// Every label the graph has used, sorted (including ones no node has any more).
  public func labelNames() throws -> [String] { try names(.label) }
  /// Every relationship type the graph has used, sorted.
  public func relationshipTypeNames() throws -> [String] { try names(.relationshipType) }
  /// Every property key the graph has used, sorted.
  public func propertyKeyNames() throws -> [String] { try names(.propertyKey) }

  /// Properties by interned key, named.
  func namedProperties(_ decoded: DecodedProperties) throws -> [String: Value] {
    var properties: [String: Value] = Dictionary(minimumCapacity: decoded.entries.count)
    for (key, value) in decoded.entries { properties[try name(of: key, .propertyKey)] = value }
    return properties
  }

  /// The (label, key) and full-text indexes as this snapshot has them, read once per transaction
  /// (or once per snapshot cache).
  var indexDefinitions: IndexDefinitions {
    get throws {
      if let loadedIndexDefinitions { return loadedIndexDefinitions }
      let definitions =
        try cache?.indexDefinitions { try IndexDefinitions(reading: connection) }
        ?? IndexDefinitions(reading: connection)
      loadedIndexDefinitions = definitions
      return definitions
    }
  }

  /// Replaces the cached definitions after this transaction changed them.
  func updateIndexDefinitions(_ change: (inout IndexDefinitions) -> Void) throws {
    var definitions = try indexDefinitions
    change(&definitions)
    loadedIndexDefinitions = definitions
  }
}
