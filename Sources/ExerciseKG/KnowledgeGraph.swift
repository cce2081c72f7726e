// ExerciseKG: the one library API of kg. The shells (the `kg` command, and later the HTTP
// server) call it and nothing below it: it opens a store, runs Cypher over it with a plan
// cache, and offers its maintenance.
import CypherRuntime
import GraphModel
import GraphStore
import Synchronization

/// An exercise knowledge graph in one file.
public final class KnowledgeGraph: Sendable {
  let store: GraphStore
  let planCache = PlanCache()
  /// The saved queries: the recommendation logic and the examples `:run` offers.
  public let queries: QueryCatalog
  /// The statistics plans are made from, and their generation: it advances when a write has
  /// changed them enough that plans could differ, which retires every cached plan.
  private let catalog: Mutex<(statistics: StatisticsCatalog, generation: Int)>

  /// Opens the knowledge graph at `path`, creating an empty one when the file does not exist.
  ///
  /// - Parameters:
  ///   - path: a file path, or `:memory:`.
  ///   - queryFolder: where the saved queries are; by default the `queries/` kg ships.
  /// - Throws: `StoreError` when the file is not a kg store kg can open (see `GraphStore.init`),
  ///   or a file error when a saved query cannot be read.
  public init(path: String, queryFolder: String = QueryCatalog.bundledFolder) throws {
    store = try GraphStore(path: path)
    queries = try QueryCatalog(folder: queryFolder)
    catalog = Mutex((StatisticsCatalog(try store.read { try $0.statistics() }), 0))
  }

  var currentCatalog: (statistics: StatisticsCatalog, generation: Int) {
    catalog.withLock { $0 }
  }

  /// Runs `body` in one write transaction, then re-reads the statistics the planner uses (a
  /// write may have changed them enough to retire the cached plans). Every write goes through
  /// here.
  func write<Outcome>(_ body: (WriteTransaction) throws -> Outcome) throws -> Outcome {
    let outcome = try store.write(body)
    refreshCatalog()
    return outcome
  }

  /// Re-reads the statistics the planner uses.
  private func refreshCatalog() {
    guard let statistics = try? store.read({ try $0.statistics() }) else { return }
    let fresh = StatisticsCatalog(statistics)
    catalog.withLock { current in
      if current.statistics.isStale(comparedTo: fresh) {
        current = (fresh, current.generation + 1)
      }
    }
  }

  /// A number that moves whenever a change to the graph is committed — through this graph or,
  /// for a file, by another process — and only then, so an answer read while it had one value
  /// holds until it moves. Cheap enough to ask on every request.
  public func version() throws -> Int64 {
    try store.version()
  }

  /// Counts by label and relationship type, and the indexes, without scanning.
  public func statistics() throws -> GraphStatistics {
    try store.read { try $0.statistics() }
  }

  /// SQLite's integrity check and the graph's own invariants; see `GraphStore.checkIntegrity()`.
  public func checkIntegrity() throws -> IntegrityReport {
    try store.checkIntegrity()
  }

  /// Copies the graph, as one consistent snapshot, to a new file while it stays in use.
  public func backup(to path: String) throws {
    try store.backup(to: path)
  }
}

extension KnowledgeGraph {
  /// Creates a (label, key) property index; plans made from now on can seek through it.
  public func createPropertyIndex(label: String, key: String) throws {
    try write { try $0.createPropertyIndex(label: label, key: key) }
  }

  /// Drops a (label, key) property index.
  public func dropPropertyIndex(label: String, key: String) throws {
    try write { try $0.dropPropertyIndex(label: label, key: key) }
  }

  /// Creates the full-text index `name` over the `keys` of nodes labelled `label`.
  public func createFullTextIndex(named name: String, label: String, keys: [String]) throws {
    try write { try $0.createFullTextIndex(named: name, label: label, keys: keys) }
  }

  /// Drops the full-text index `name`.
  public func dropFullTextIndex(named name: String) throws {
    try write { try $0.dropFullTextIndex(named: name) }
  }
}
