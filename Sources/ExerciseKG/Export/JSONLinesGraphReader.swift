import GraphModel
import GraphStore

/// Reads `JSONLinesExport`'s lines into a write transaction: each node created, then each
/// relationship between the nodes its `start` and `end` numbers name.
struct JSONLinesGraphReader {
  let transaction: WriteTransaction
  let source: String
  private var nodes: [Int64: NodeID] = [:]
  private(set) var relationshipsCreated = 0

  init(transaction: WriteTransaction, source: String) {
    self.transaction = transaction
    self.source = source
  }

  var nodesCreated: Int { nodes.count }

  /// Reads one line (1-based `number`); blank lines are skipped.
  mutating func read(_ line: Substring, number: Int) throws {
    guard line.contains(where: { !$0.isWhitespace }) else { return }
    func failure(_ message: String, column: Int = 1) -> GraphFileError {
      GraphFileError(file: source, line: number, column: column, message: message)
    }
    let record: [String: JSONText]
    do {
      guard case .object(let members) = try JSONText.parse(String(line)) else {
        throw failure("each line must be a JSON object")
      }
      record = members
    } catch let error as JSONText.Error {
      throw failure("not JSON: \(error.message)", column: error.column)
    }
    guard case .integer(let id)? = record["id"] else { throw failure("\"id\" must be an integer") }
    let properties = try Self.properties(record["properties"], failure)
    switch record["type"] {
    case .string("node")?:
      guard case .array(let labelValues)? = record["labels"] ?? .array([]) else {
        throw failure("\"labels\" must be a list of strings")
      }
      let labels = try labelValues.map { value in
        guard case .string(let label) = value else {
          throw failure("\"labels\" must be a list of strings")
        }
        return label
      }
      guard nodes[id] == nil else { throw failure("node \(id) appears twice") }
      nodes[id] = try transaction.createNode(labels: labels, properties: properties)
    case .string("relationship")?:
      guard case .string(let type)? = record["label"] else {
        throw failure("\"label\" must be the relationship type")
      }
      guard case .integer(let start)? = record["start"], let from = nodes[start],
        case .integer(let end)? = record["end"], let to = nodes[end]
      else { throw failure("\"start\" and \"end\" must be the ids of nodes on earlier lines") }
      try transaction.createRelationship(from: from, to: to, type: type, properties: properties)
      relationshipsCreated += 1
    default:
      throw failure("\"type\" must be \"node\" or \"relationship\"")
    }
  }

  private static func properties(
    _ json: JSONText?, _ failure: (String, Int) -> GraphFileError
  ) throws -> [String: Value] {
    guard let json else { return [:] }
    guard case .object(let members) = json else {
      throw failure("\"properties\" must be an object", 1)
    }
    return members.mapValues(value)
  }

  /// A property value: JSON as `JSONLinesExport.render` writes it.
  static func value(_ json: JSONText) -> Value {
    switch json {
    case .null: .null
    case .boolean(let flag): .boolean(flag)
    case .integer(let integer): .integer(integer)
    case .float(let float): .float(float)
    case .string(let text): .string(text)
    case .array(let elements): .list(elements.map(value))
    case .object(let members):
      // `NaN`, `Inf` and `-Inf`, which Swift reads in lower case.
      if members.count == 1, case .string(let text)? = members["$float"],
        let float = Double(text.lowercased())
      {
        .float(float)
      } else {
        .map(members.mapValues(value))
      }
    }
  }
}

/// A graph file (`kg export --format jsonl`) that cannot be read, and where.
public struct GraphFileError: Error, CustomStringConvertible, Sendable {
  public let file: String
  public let line: Int
  public let column: Int
  public let message: String

  public var description: String { "\(file):\(line):\(column): \(message)" }
}
