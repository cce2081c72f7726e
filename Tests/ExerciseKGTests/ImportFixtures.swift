import ExerciseKG
import Foundation
import GraphModel
import OWLImport
import TestSupport

/// The ontology fixtures of these tests, and helpers that read a graph back as comparable text.
enum ImportFixtures {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  /// The mapping the fixtures are read with: none, so every name is the default.
  static let noMapping = ImportOptions(mapping: OntologyMapping())

  /// Every node and relationship, keyed by IRI, one sorted line each.
  static func snapshot(_ graph: KnowledgeGraph) throws -> [String] {
    let nodes = try graph.execute(
      "MATCH (n) RETURN n.iri AS iri, labels(n) AS labels, properties(n) AS properties"
    ).result.rows.map(canonical)
    let relationships = try graph.execute(
      "MATCH (a)-[r]->(b) RETURN a.iri, type(r), b.iri, properties(r)"
    ).result.rows.map(canonical)
    return (nodes + relationships).sorted()
  }

  /// A row as text with map keys in order, so equal rows read the same.
  static func canonical(_ row: [Value]) -> String {
    row.map(canonical).joined(separator: " | ")
  }

  static func canonical(_ value: Value) -> String {
    switch value {
    case .list(let values): "[" + values.map(canonical).joined(separator: ", ") + "]"
    case .map(let map):
      "{"
        + map.sorted { $0.key < $1.key }.map { "\($0.key): \(canonical($0.value))" }
        .joined(separator: ", ") + "}"
    default: "\(value)"
    }
  }

  /// Writes `text` to a file named `name` in `directory`.
  @discardableResult
  static func write(_ text: String, _ name: String, in directory: TemporaryDirectory) throws
    -> String
  {
    let path = directory.path(name)
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }
}
