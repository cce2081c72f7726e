/// What a mapping did with the axioms it was given, for the import report.
public struct MappingTally: Hashable, Sendable {
  /// An axiom kg read but could not flatten onto the graph, with where it was.
  public struct Unflattened: Hashable, Sendable {
    public let line: Int
    public let axiom: String
    public let reason: String
  }

  /// Axioms read, in all.
  public internal(set) var axioms = 0
  /// Axioms mapped onto the graph, by OWL/XML name.
  public internal(set) var mapped: [String: Int] = [:]
  /// Axioms read and deliberately left out, by OWL/XML name (and what they applied to).
  public internal(set) var skipped: [String: Int] = [:]
  /// Class-level axioms whose expressions could not become edges, each with its line.
  public internal(set) var unflattened: [Unflattened] = []
  /// An `Import` axiom: the ontology's IRI and the line that names it.
  public struct Import: Hashable, Sendable {
    public let iri: String
    public let line: Int
  }

  /// The ontologies the document imports, in order.
  public internal(set) var imports: [Import] = []

  public init() {}
}
