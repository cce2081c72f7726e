/// The curated exercise ontology and mapping kg ships in `ontology/`, found from the source tree
/// this library was built from; `KG_ONTOLOGY_DIR` names another folder.
public enum BundledOntology {
  /// The folder holding `exercises.owx` and `mapping.json`.
  public static var folder: String {
    BundledFolder.path("ontology", environmentOverride: "KG_ONTOLOGY_DIR")
  }

  /// The curated exercise ontology, in OWL/XML.
  public static var ontologyPath: String { folder + "/exercises.owx" }

  /// The mapping of its names to kg's labels and relationship types.
  public static var mappingPath: String { folder + "/mapping.json" }
}
