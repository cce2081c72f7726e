import ArgumentParser
import ExerciseKG
import Foundation

extension ExportFormat: ExpressibleByArgument {}

/// `kg export`: the whole graph as a Cypher script, N-Quads, GraphML or kg's JSON lines.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the whole graph as Cypher, N-Quads, GraphML or JSON lines.",
    discussion: """
      cypher loads into kg (kg query -f) and Memgraph (mgconsole), and into Neo4j 5 \
      (cypher-shell) once its first and last lines, an index on the import ID, are written in \
      Neo4j 5's form; nquads into Dgraph and RDF stores; graphml into Gephi or yEd; jsonl back into kg with \
      kg import, exactly.

      Examples:
        kg export --format cypher -o exercises.cypher
        kg export --format jsonl -o backup.jsonl      # kg import reads it back
        kg export --format graphml | gzip > exercises.graphml.gz
      """
  )

  @OptionGroup var database: DatabaseOptions

  @Option(help: "cypher, nquads, graphml or jsonl.")
  var format: ExportFormat

  @Option(name: .shortAndLong, help: "The file to write (default: standard output).")
  var output: String?

  func run() throws {
    try reportingFailures {
      let graph = try database.open()
      var sink = try FileSink(path: output)
      try graph.export(format, to: &sink)
      try sink.close()
    }
  }
}

/// A file, or standard output, written through a buffer.
struct FileSink: ExportSink {
  private let handle: FileHandle
  private let ownsHandle: Bool
  private var buffer: [UInt8] = []

  /// Creates (or truncates) the file at `path`, or writes to standard output when nil.
  init(path: String?) throws {
    if let path {
      guard FileManager.default.createFile(atPath: path, contents: nil) else {
        throw CommandFailure("cannot create \(path)")
      }
      handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
      ownsHandle = true
    } else {
      handle = .standardOutput
      ownsHandle = false
    }
    buffer.reserveCapacity(1 << 16)
  }

  mutating func write(_ text: String) throws {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 16 { try flush() }
  }

  mutating func flush() throws {
    try handle.write(contentsOf: buffer)
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes what is buffered and closes the file.
  mutating func close() throws {
    try flush()
    if ownsHandle { try handle.close() }
  }
}
