import ArgumentParser
import ExerciseKG
import OWLImport

/// `kg import`: ontology files into the store.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import OWL/XML or RDF/XML ontologies (the bundled exercise ontology by default).",
    discussion: """
      The format is told from the root element, not the file name. Each document replaces what \
      its previous import stated; importing it again changes nothing. Local files named by \
      Import axioms are imported too (through catalog-v001.xml or the same folder); nothing is \
      fetched. Any error leaves the store unchanged.

      Examples:
        kg import                                  # the bundled ontology/exercises.owx
        kg import my-exercises.owx --dry-run
        kg import muscles.rdf --mapping my-mapping.json --db coach.sqlite
      """
  )

  @OptionGroup var database: DatabaseOptions

  @Argument(help: "OWL/XML or RDF/XML files (default: the bundled exercise ontology).")
  var files: [String] = []

  @Option(help: "A JSON mapping of class and property names to labels and types.")
  var mapping: String?

  @Flag(help: "Report what the import would do, writing nothing.")
  var dryRun = false

  func run() throws {
    try reportingFailures {
      let mappingPath = mapping ?? BundledOntology.mappingPath
      let options = ImportOptions(
        mapping: try OntologyMapping(contentsOfFile: mappingPath), dryRun: dryRun)
      let graph = try database.open()
      let report = try graph.importOntology(
        at: files.isEmpty ? [BundledOntology.ontologyPath] : files, options: options)
      print(ImportReportText.render(report), terminator: "")
    }
  }
}
