import GraphStore
import OWLImport

/// What an ontology import read, changed and left out.
public struct ImportReport: Sendable, Encodable {
  /// One document read (the one named, or one it imports).
  public struct Document: Hashable, Sendable, Encodable {
    public let file: String
    public let format: OntologyFormat
    /// The name its facts are recorded under: its ontology IRI, else its file name.
    public let source: String
    public let axioms: Int
    public let bytes: Int
  }

  /// Something the import could not do, with where in which file.
  public struct Warning: Hashable, Sendable, Encodable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let message: String

    public var description: String { "\(file):\(line): \(message)" }
  }

  public internal(set) var documents: [Document] = []
  /// Nodes and relationships created, updated and removed.
  public internal(set) var changes = FactSummary()
  /// Axioms mapped onto the graph, by OWL/XML name.
  public internal(set) var mapped: [String: Int] = [:]
  /// Axioms read and left out, by kind.
  public internal(set) var skipped: [String: Int] = [:]
  public internal(set) var warnings: [Warning] = []
  /// Whether this was a dry run, which wrote nothing.
  public internal(set) var dryRun = false
  /// Time taken, in seconds.
  public internal(set) var seconds: Double = 0

  /// Axioms read across all documents.
  public var axioms: Int { documents.reduce(0) { $0 + $1.axioms } }
}
