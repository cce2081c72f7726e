import Foundation
import GraphStore
import OWLImport

/// One import in progress: reads documents (parsing and mapping their axioms ahead on another
/// thread, see `ConcurrentFactReader`) and applies the facts to the open write transaction,
/// following imports to local files.
final class ImportSession {
  enum Document {
    case path(String)
    case bytes([UInt8], name: String)
  }

  private let transaction: WriteTransaction
  private let options: ImportOptions
  private let resolver = ImportResolver()
  private var visited: Set<String> = []
  private(set) var report = ImportReport()
  /// Axioms read so far, across documents, for the progress reports.
  private var axiomsRead = 0

  init(transaction: WriteTransaction, options: ImportOptions) {
    self.transaction = transaction
    self.options = options
  }

  /// Reads one document whole and applies what it states.
  func importDocument(_ document: Document) throws {
    let reader: OntologyReader
    let size: Int?
    switch document {
    case .path(let path):
      let absolute = URL(fileURLWithPath: path).standardized.path
      guard visited.insert(absolute).inserted else { return }
      reader = try OntologyReader(path: path, limits: options.limits)
      size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
    case .bytes(let bytes, let name):
      reader = try OntologyReader(bytes: bytes, name: name, limits: options.limits)
      size = bytes.count
    }
    let source = reader.ontologyIRI ?? URL(fileURLWithPath: reader.documentName).lastPathComponent
    let writer = try transaction.factWriter(source: source) { iri in
      ["name": .string(iri.localName)]
    }
    let name = reader.documentName
    let reading = ConcurrentFactReader(reader, mapping: options.mapping)
    try reading.forEachBatch(idle: writer.writeAhead) { batch in
      for fact in batch.facts { try writer.apply(fact) }
      axiomsRead += batch.axioms
      options.progress?(
        ImportProgress(
          file: name, bytesRead: batch.bytesRead, totalBytes: size,
          axioms: axiomsRead))
    }
    report.changes.add(try writer.finish())
    record(reading.tally, of: reader, source: source)
    for imported in reading.tally.imports {
      try follow(imported, from: document, reader.documentName)
    }
  }

  private func follow(_ imported: MappingTally.Import, from document: Document, _ name: String)
    throws
  {
    guard options.followsImports else { return }
    guard case .path(let path) = document,
      let target = try resolver.resolve(imported.iri, from: path)
    else {
      report.warnings.append(
        .init(
          file: name, line: imported.line,
          message: "import of \(imported.iri) not resolved to a local file; "
            + "kg never fetches imports (add it to \(ImportResolver.catalogName) or the folder)"))
      return
    }
    try importDocument(.path(target))
  }

  private func record(_ tally: MappingTally, of reader: OntologyReader, source: String) {
    report.documents.append(
      .init(
        file: reader.documentName, format: reader.format, source: source, axioms: tally.axioms,
        bytes: reader.bytesRead))
    report.mapped.merge(tally.mapped, uniquingKeysWith: +)
    report.skipped.merge(tally.skipped, uniquingKeysWith: +)
    for axiom in tally.unflattened {
      report.warnings.append(
        .init(
          file: reader.documentName, line: axiom.line,
          message: "\(axiom.axiom) not flattened onto the graph: \(axiom.reason)"))
    }
  }
}
