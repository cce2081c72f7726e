import Foundation

/// The store-wide memory of committed catalog entries: names ↔ IDs for labels, relationship
/// types and property keys.
///
/// Invariant: it holds only committed entries. The catalog is append-only (an ID, once
/// committed, names the same thing forever), so any connection may trust a cached entry whatever
/// its snapshot. Entries a write transaction creates join the cache when it commits.
final class CatalogCache: @unchecked Sendable {
  private let lock = NSLock()
  private var ids: [[String: Int64]] = Array(repeating: [:], count: CatalogKind.allCases.count)
  private var names: [[Int64: String]] = Array(repeating: [:], count: CatalogKind.allCases.count)

  func id(of name: String, _ kind: CatalogKind) -> Int64? {
    lock.withLock { ids[kind.rawValue][name] }
  }

  func name(of id: Int64, _ kind: CatalogKind) -> String? {
    lock.withLock { names[kind.rawValue][id] }
  }

  /// Records committed entries.
  func record(_ entries: [(kind: CatalogKind, id: Int64, name: String)]) {
    lock.withLock {
      for entry in entries {
        ids[entry.kind.rawValue][entry.name] = entry.id
        names[entry.kind.rawValue][entry.id] = entry.name
      }
    }
  }
}
