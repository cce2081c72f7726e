import Foundation
import GraphModel

extension KnowledgeGraph {
  /// Writes the whole graph, as one snapshot, to `sink` in `format`.
  public func export(_ format: ExportFormat, to sink: inout some ExportSink) throws {
    try store.read { transaction in
      let graph = try GraphContents(transaction)
      switch format {
      case .jsonl: try JSONLinesExport.write(graph, to: &sink)
      case .cypher: try CypherScriptExport.write(graph, to: &sink)
      case .nquads: try NQuadsExport.write(graph, to: &sink)
      case .graphml: try GraphMLExport.write(graph, to: &sink)
      }
    }
  }

  /// Whether the file at `path` is a JSON-lines graph (`kg export --format jsonl`) rather than
  /// an XML ontology: its first non-blank character opens a JSON object.
  public static func isGraphFile(at path: String) throws -> Bool {
    let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
    defer { try? handle.close() }
    let head = try handle.read(upToCount: 4_096) ?? Data()
    return head.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == UInt8(ascii: "{")
  }

  /// Loads a JSON-lines graph written by `export(.jsonl, …)` in one transaction: its nodes and
  /// relationships are created (beside any already in the graph). Any error leaves the graph
  /// unchanged.
  ///
  /// - Returns: the nodes and relationships created.
  /// - Throws: `GraphFileError` naming the line, or a `StoreError`.
  public func importGraph(at path: String) throws -> (nodes: Int, relationships: Int) {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    return try write { transaction in
      var reader = JSONLinesGraphReader(
        transaction: transaction, source: URL(fileURLWithPath: path).lastPathComponent)
      for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
        .enumerated()
      {
        try reader.read(line, number: index + 1)
      }
      return (reader.nodesCreated, reader.relationshipsCreated)
    }
  }
}
