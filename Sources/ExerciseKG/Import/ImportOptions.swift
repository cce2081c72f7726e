import OWLImport

/// How `KnowledgeGraph.importOntology` reads and writes.
public struct ImportOptions: Sendable {
  /// Names of labels, relationship types and property keys (see `OntologyMapping`).
  public var mapping: OntologyMapping
  /// Produce the report without writing anything.
  public var dryRun: Bool
  /// Caps on nesting and entity expansion.
  public var limits: ReaderLimits
  /// Follow `Import` axioms to local files (the default).
  public var followsImports: Bool

  public init(
    mapping: OntologyMapping = OntologyMapping(), dryRun: Bool = false,
    limits: ReaderLimits = ReaderLimits(), followsImports: Bool = true
  ) {
    self.mapping = mapping
    self.dryRun = dryRun
    self.limits = limits
    self.followsImports = followsImports
  }
}
