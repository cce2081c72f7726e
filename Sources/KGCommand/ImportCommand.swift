import ArgumentParser
import ExerciseKG
import OWLImport

/// `kg import`: ontology files into the store.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: """
      Import OWL/XML or RDF/XML ontologies (the bundled exercise ontology by default), or a \
      graph kg exported as JSON lines.
      """,
    discussion: """
      The format is told from the content, not the file name: a JSON-lines graph (kg export \
      --format jsonl) has its nodes and relationships created as they are; an ontology's \
      format is told from its root element. Each document replaces what \
      its previous import stated; importing it again changes nothing. Local files named by \
      Import axioms are imported too (through catalog-v001.xml or the same folder); nothing is \
      fetched. Any error leaves the store unchanged. On a terminal, files of 1 MiB or more \
      show a progress bar on stderr while they are read.

      Examples:
        kg import                                  # ontology/exercises.owx
        kg import my-exercises.owx --dry-run
        kg import muscles.rdf --mapping my-mapping.json --db coach.sqlite
        kg import backup.jsonl --db copy.sqlite    # from kg export --format jsonl
      """
  )

  @OptionGroup var database: DatabaseOptions

  @Argument(
    help: "OWL/XML, RDF/XML or JSON-lines graph files (default: the bundled exercise ontology).")
  var files: [String] = []

  @Option(help: "A JSON mapping of class and property names to labels and types.")
  var mapping: String?

  @Flag(help: "Report what the import would do, writing nothing.")
  var dryRun = false

  func validate() throws {
    guard files.count > 1 || dryRun else { return }
    if files.contains(where: { (try? KnowledgeGraph.isGraphFile(at: $0)) == true }) {
      throw ValidationError("a JSON-lines graph is imported alone, without --dry-run")
    }
  }

  func run() throws {
    try reportingFailures {
      if let graphFile = files.first, try KnowledgeGraph.isGraphFile(at: graphFile) {
        let created = try database.open().importGraph(at: graphFile)
        print("created \(created.nodes) nodes, \(created.relationships) relationships")
        return
      }
      let mappingPath = mapping ?? BundledOntology.mappingPath
      let paths = files.isEmpty ? [BundledOntology.ontologyPath] : files
      let progressBar = ImportProgressBar(files: paths)
      var options = ImportOptions(
        mapping: try OntologyMapping(contentsOfFile: mappingPath), dryRun: dryRun)
      if let progressBar { options.progress = { progressBar.show($0) } }
      let graph = try database.open()
      let report = try {
        defer { progressBar?.finish() }
        return try graph.importOntology(at: paths, options: options)
      }()
      print(ImportReportText.render(report), terminator: "")
    }
  }
}
