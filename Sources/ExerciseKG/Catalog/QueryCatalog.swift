import Foundation
import GraphModel

/// The named, parameterised Cypher queries in a folder of `.cypher` files — by default the
/// `queries/` kg ships, which hold the recommendation logic; `KG_QUERIES_DIR` or an explicit
/// folder names another.
public struct QueryCatalog: Sendable {
  /// A saved query: its name (the file name without `.cypher`) and its text.
  public struct SavedQuery: Sendable, Hashable {
    public let name: String
    public let text: String
    /// The opening `//` comment: what the query does, its parameters and columns.
    public var summary: String {
      text.split(separator: "\n", omittingEmptySubsequences: false)
        .prefix { $0.hasPrefix("//") }
        .map { $0.dropFirst(2).trimmingCharacters(in: .whitespaces) }
        .joined(separator: "\n")
    }

    /// The values of the parameters a caller may leave out, from the opening comment's
    /// `Defaults:` map: a Cypher map literal, continued on the next comment lines until its
    /// braces balance.
    /// - Throws: `QueryError` when the map is not a valid literal.
    public var defaults: [String: Value] {
      get throws {
        let lines = summary.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("Defaults:") }) else {
          return [:]
        }
        var literal = ""
        for line in lines[start...] {
          literal += " " + line
          if literal.filter({ $0 == "{" }).count == literal.filter({ $0 == "}" }).count { break }
        }
        literal = String(literal.dropFirst(" Defaults:".count))
        guard case .map(let values) = try ParameterValue.parse(literal) else {
          throw CatalogError.invalidDefaults(name: name)
        }
        return values
      }
    }
  }

  /// Where the queries were read from.
  public let folder: String
  /// The queries by name.
  public let queries: [String: SavedQuery]

  /// The queries kg ships.
  public static var bundledFolder: String {
    BundledFolder.path("queries", environmentOverride: "KG_QUERIES_DIR")
  }

  /// Reads every `.cypher` file of `folder`; a folder that does not exist is an empty catalog.
  public init(folder: String = QueryCatalog.bundledFolder) throws {
    self.folder = folder
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    var queries: [String: SavedQuery] = [:]
    for file in names where file.hasSuffix(".cypher") {
      let name = String(file.dropLast(".cypher".count))
      let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
      queries[name] = SavedQuery(name: name, text: text)
    }
    self.queries = queries
  }

  /// The query `name`.
  /// - Throws: `CatalogError.queryNotFound` naming the folder searched.
  public func query(_ name: String) throws(CatalogError) -> SavedQuery {
    guard let query = queries[name] else { throw .queryNotFound(name: name, folder: folder) }
    return query
  }
}

/// A saved query that is not there.
public enum CatalogError: Error, Hashable, Sendable, CustomStringConvertible {
  case queryNotFound(name: String, folder: String)
  /// The `Defaults:` line of a saved query is not a map.
  case invalidDefaults(name: String)

  public var description: String {
    switch self {
    case .queryNotFound(let name, let folder):
      "No saved query '\(name)' in \(folder) (a file \(name).cypher)"
    case .invalidDefaults(let name):
      "The Defaults: line of the saved query '\(name)' is not a Cypher map"
    }
  }
}
