import Foundation

/// Finds the local file behind an `Import` IRI: through an XML catalog (`catalog-v001.xml`, as
/// Protégé writes it) in the importing document's folder, else a file in that folder named like
/// the IRI's last segment. Nothing is ever fetched.
public struct ImportResolver: Sendable {
  /// The catalog file name Protégé uses.
  public static let catalogName = "catalog-v001.xml"

  public init() {}

  /// The path of the document `iri` names, or `nil` when no local file is found.
  /// - Parameter document: the path of the importing document.
  public func resolve(_ iri: String, from document: String) throws(ImportError) -> String? {
    let folder = URL(fileURLWithPath: document).deletingLastPathComponent()
    let catalog = folder.appendingPathComponent(Self.catalogName).path
    if FileManager.default.fileExists(atPath: catalog),
      let mapped = try catalogEntries(catalog)[iri]
    {
      let path =
        mapped.hasPrefix("/") ? mapped : folder.appendingPathComponent(mapped).standardized.path
      return FileManager.default.fileExists(atPath: path) ? path : nil
    }
    let name = iri.localName
    for candidate in [name, name + ".owx", name + ".owl", name + ".rdf"] where !candidate.isEmpty {
      let path = folder.appendingPathComponent(candidate).path
      if FileManager.default.fileExists(atPath: path) { return path }
    }
    return nil
  }

  /// The `<uri name="…" uri="…"/>` entries of an OASIS XML catalog.
  private func catalogEntries(_ path: String) throws(ImportError) -> [String: String] {
    let reader = try XMLStreamReader(.file(path))
    _ = try reader.root()
    var entries: [String: String] = [:]
    while let element = try reader.nextChild() {
      for entry in [element] + element.children where entry.name.local == "uri" {
        if let name = entry.attribute("", "name"), let uri = entry.attribute("", "uri") {
          entries[name] = uri.hasPrefix("file:") ? URL(string: uri)?.path ?? uri : uri
        }
      }
    }
    return entries
  }
}
