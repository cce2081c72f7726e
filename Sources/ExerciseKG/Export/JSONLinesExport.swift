import CypherSyntax
import GraphModel
import ResultFormat

/// kg's own export: one JSON object per line, every node before any relationship.
///
/// ```
/// {"type": "node", "id": 1, "labels": ["Exercise"], "properties": {"name": "Squat"}}
/// {"type": "relationship", "id": 1, "label": "TARGETS", "start": 1, "end": 2, "properties": {}}
/// ```
/// IDs are the export's own numbering. Values keep their type: integers are written without a
/// fraction and floats always with one (or an exponent); a float JSON cannot hold is
/// `{"$float": "NaN"}` (or `"Inf"`, `"-Inf"`). `JSONLinesGraphReader` reads it back.
enum JSONLinesExport {
  static func write(_ graph: GraphContents, to sink: inout some ExportSink) throws {
    try graph.forEachNode { number, node in
      try sink.write(
        #"{"type": "node", "id": \#(number), "labels": \#(strings(node.labels.sorted())), "#
          + #""properties": \#(render(.map(node.properties)))}"# + "\n")
    }
    try graph.forEachRelationship { number, relationship, start, end in
      try sink.write(
        #"{"type": "relationship", "id": \#(number), "label": \#(JSONFormat.string(relationship.type)), "#
          + #""start": \#(start), "end": \#(end), "properties": \#(render(.map(relationship.properties)))}"#
          + "\n")
    }
  }

  private static func strings(_ texts: [String]) -> String {
    "[" + texts.map(JSONFormat.string).joined(separator: ", ") + "]"
  }

  /// A property value as JSON, non-finite floats tagged so that they read back as floats.
  static func render(_ value: Value) -> String {
    JSONFormat.render(value) { #"{"$float": \#(JSONFormat.string(CypherText.float($0)))}"# }
  }
}
