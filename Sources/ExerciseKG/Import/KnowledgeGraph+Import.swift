import Foundation
import GraphStore
import OWLImport

extension KnowledgeGraph {
  /// Imports OWL/XML or RDF/XML ontology files, and the local files they import, in one
  /// transaction: either all of it is written or, on any error, nothing.
  ///
  /// Each document's facts are recorded under its ontology IRI (else its file name), so
  /// importing a new version of a document replaces exactly what the old version stated, and
  /// importing the same one again changes nothing.
  ///
  /// - Throws: `ImportError` for a document that cannot be read (with file and line), or a
  ///   `StoreError` from the store; the graph is then unchanged.
  public func importOntology(at paths: [String], options: ImportOptions = ImportOptions()) throws
    -> ImportReport
  {
    try runImport(options) { session in
      for path in paths { try session.importDocument(.path(path)) }
    }
  }

  /// Imports one ontology document held in memory (an upload), reporting errors against `name`.
  public func importOntology(
    bytes: [UInt8], name: String, options: ImportOptions = ImportOptions()
  ) throws -> ImportReport {
    try runImport(options) { session in try session.importDocument(.bytes(bytes, name: name)) }
  }

  private func runImport(_ options: ImportOptions, _ body: (ImportSession) throws -> Void) throws
    -> ImportReport
  {
    let clock = ContinuousClock()
    let started = clock.now
    var report: ImportReport
    do {
      report = try write { transaction in
        let session = ImportSession(transaction: transaction, options: options)
        try body(session)
        if options.dryRun { throw DryRun(report: session.report) }
        return session.report
      }
    } catch let dryRun as DryRun {
      report = dryRun.report
      report.dryRun = true
    }
    report.seconds = (clock.now - started) / .seconds(1)
    return report
  }
}

/// Thrown to roll back a dry run once its report is made.
private struct DryRun: Error {
  let report: ImportReport
}
