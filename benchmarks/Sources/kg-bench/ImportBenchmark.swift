import Dispatch
import ExerciseKG
import Foundation
import GraphGenerator
import OWLImport

/// Generates the exercise graph at a scale as an ontology file, then imports it into a new
/// store, timing the import end to end (parse, map, write, commit).
struct ImportBenchmark {
  struct Result {
    let axioms: Int
    let megabytes: Double
    let seconds: Double
    let nodes: Int
    let relationships: Int
    let peakMiB: Double
  }

  let scale: Int
  let format: OntologyFileWriter.Format
  let path: String
  /// A file to import instead of a generated one (the curated ontology).
  let file: String?

  func run() throws -> Result {
    let document = try file ?? generate()
    ResourceUsage.removeStore(path)
    let graph = try KnowledgeGraph(path: path)
    let options = ImportOptions(
      mapping: try OntologyMapping(contentsOfFile: BundledOntology.mappingPath))
    let start = DispatchTime.now().uptimeNanoseconds
    let report = try graph.importOntology(at: [document], options: options)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let bytes = (try FileManager.default.attributesOfItem(atPath: document)[.size] as? Int) ?? 0
    if file == nil { try? FileManager.default.removeItem(atPath: document) }
    return Result(
      axioms: report.axioms, megabytes: Double(bytes) / 1_048_576, seconds: seconds,
      nodes: report.changes.nodesCreated, relationships: report.changes.relationshipsCreated,
      peakMiB: ResourceUsage.peakResidentMiB)
  }

  private func generate() throws -> String {
    let document = path + ".\(format.rawValue)"
    let writer = try OntologyFileWriter(path: document, format: format)
    _ = try ExerciseGraphGenerator(scale: scale).generate(into: writer.sink)
    try writer.finish()
    return document
  }
}
