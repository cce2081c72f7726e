import OWLImport

extension KnowledgeGraph {
  /// Whether the graph has no nodes at all.
  public var isEmpty: Bool {
    get throws { try statistics().nodes == 0 }
  }

  /// Imports the curated exercise ontology kg ships, with its mapping, as `kg import` with no
  /// file does.
  public func importBundledOntology(dryRun: Bool = false) throws -> ImportReport {
    let options = ImportOptions(
      mapping: try OntologyMapping(contentsOfFile: BundledOntology.mappingPath), dryRun: dryRun)
    return try importOntology(at: [BundledOntology.ontologyPath], options: options)
  }

  /// Imports the curated ontology when the graph is empty, as `kg serve` does on a new
  /// database; returns the report, or nil when the graph already had nodes.
  public func importBundledOntologyIfEmpty() throws -> ImportReport? {
    try isEmpty ? try importBundledOntology() : nil
  }
}
