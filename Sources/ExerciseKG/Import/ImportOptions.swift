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
  /// Called after every `ImportOptions.progressInterval` axioms of a document and after its
  /// last, on the importing thread.
  public var progress: (@Sendable (ImportProgress) -> Void)?

  /// How many axioms pass between two `progress` calls.
  public static let progressInterval = 512

  public init(
    mapping: OntologyMapping = OntologyMapping(), dryRun: Bool = false,
    limits: ReaderLimits = ReaderLimits(), followsImports: Bool = true,
    progress: (@Sendable (ImportProgress) -> Void)? = nil
  ) {
    self.mapping = mapping
    self.dryRun = dryRun
    self.limits = limits
    self.followsImports = followsImports
    self.progress = progress
  }
}
