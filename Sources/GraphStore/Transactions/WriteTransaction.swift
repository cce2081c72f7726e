import GraphModel
import SQLiteDB

/// A write transaction: reads see its own changes; all of them commit together or none do.
///
/// Handed to the closure of `GraphStore.write(_:)` and valid only during that call. If the
/// closure throws, every change it made is rolled back, including names it interned.
public final class WriteTransaction: ReadTransaction {
  private var pendingIDs: [[String: Int64]] = Array(
    repeating: [:], count: CatalogKind.allCases.count)
  private var pendingNames: [[Int64: String]] = Array(
    repeating: [:], count: CatalogKind.allCases.count)
  /// What the transaction changed, when `recordChanges()` asked for it.
  public internal(set) var changeLog: ChangeLog?
  /// The IDs of names interned lately, by kind: an import interns the same few labels, types and
  /// property keys millions of times. Exempt from run-time exclusivity checks, which would cost
  /// a third of a look-up: only `intern(_:_:)` uses it, and it calls nothing while it does.
  @exclusivity(unchecked) private var recentIDs = Array(
    repeating: RecentStrings<Int64>(slots: 64), count: CatalogKind.allCases.count)
  /// The catalog entries this transaction created, to share once it commits.
  private(set) var newCatalogEntries: [(kind: CatalogKind, id: Int64, name: String)] = []

  override func uncommittedID(of name: String, _ kind: CatalogKind) -> Int64? {
    pendingIDs[kind.rawValue][name]
  }
  override func uncommittedName(of id: Int64, _ kind: CatalogKind) -> String? {
    pendingNames[kind.rawValue][id]
  }

  /// The ID of `name`, interning it when the graph has not used it before.
  /// - Throws: `StoreError.invalidName` for an empty name.
  func intern(_ name: String, _ kind: CatalogKind) throws -> Int64 {
    checkActive()
    if let id = recentIDs[kind.rawValue].value(for: name) { return id }
    let id = try resolveOrCreate(name, kind)
    recentIDs[kind.rawValue].remember(id, for: name)
    return id
  }

  private func resolveOrCreate(_ name: String, _ kind: CatalogKind) throws -> Int64 {
    if let id = try resolve(name, kind) { return id }
    guard !name.isEmpty else { throw StoreError.invalidName("a \(kind.noun) cannot be empty") }
    try connection.run("INSERT INTO \(kind.table)(name) VALUES (?)", [.text(name)])
    let id = connection.lastInsertRowID
    pendingIDs[kind.rawValue][name] = id
    pendingNames[kind.rawValue][id] = name
    newCatalogEntries.append((kind, id, name))
    return id
  }

  /// Interns named labels.
  func labelSet(_ labels: [String]) throws -> LabelSet {
    LabelSet(try labels.map { try intern($0, .label) })
  }

  /// Interns the keys of named properties.
  func record(_ properties: [String: Value]) throws -> PropertyRecord {
    var record = PropertyRecord()
    for (key, value) in properties {
      try PropertyRecord.validate(value, key: key)
      record[try intern(key, .propertyKey)] = value
    }
    return record
  }

  /// The edit that sets `properties` on a stored record: values set, nulls removing theirs.
  func propertyEdit(_ properties: [String: Value]) throws -> PropertyEdit {
    PropertyEdit(
      values: try record(properties),
      removed: try properties.filter(\.value.isNull).keys.map { try intern($0, .propertyKey) })
  }

  /// Adds `delta` to a row of `label_statistics` or `type_statistics`.
  func adjustStatistics(_ table: StatisticsTable, id: Int64, by delta: Int64) throws {
    try connection.run(table.upsert, [.integer(id), .integer(delta)])
  }

  var indexMaintainer: IndexMaintainer {
    get throws { IndexMaintainer(connection: connection, definitions: try indexDefinitions) }
  }
}

/// Properties to set on a stored record, and the interned keys whose null value removes them.
struct PropertyEdit {
  let values: PropertyRecord
  let removed: [Int64]

  func apply(to record: inout PropertyRecord) {
    for (key, value) in values.entries { record[key] = value }
    for key in removed { record[key] = nil }
  }
}
