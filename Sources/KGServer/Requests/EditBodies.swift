import ExerciseKG
import GraphModel

/// `POST /v1/nodes`: `{"labels": [...], "properties": {...}}`, both optional.
struct NodeBody: Decodable, Sendable {
  let labels: [String]
  let properties: [String: Value]

  enum CodingKeys: String, CodingKey, CaseIterable {
    case labels, properties
  }

  init(from decoder: any Decoder) throws {
    try decoder.rejectUnknownKeys(CodingKeys.self)
    let body = try decoder.container(keyedBy: CodingKeys.self)
    labels = try body.decodeIfPresent([String].self, forKey: .labels) ?? []
    properties = try body.decodeValues(forKey: .properties)
  }
}

/// `PATCH /v1/nodes/{id}`: `{"properties": {...}, "addLabels": [...], "removeLabels": [...]}`;
/// a null property value removes the property, as in a JSON merge patch.
struct NodePatchBody: Decodable, Sendable {
  let change: NodeChange

  enum CodingKeys: String, CodingKey, CaseIterable {
    case properties, addLabels, removeLabels
  }

  init(from decoder: any Decoder) throws {
    try decoder.rejectUnknownKeys(CodingKeys.self)
    let body = try decoder.container(keyedBy: CodingKeys.self)
    change = NodeChange(
      properties: try body.decodeValues(forKey: .properties),
      addLabels: try body.decodeIfPresent([String].self, forKey: .addLabels) ?? [],
      removeLabels: try body.decodeIfPresent([String].self, forKey: .removeLabels) ?? [])
  }
}

/// `POST /v1/relationships`: `{"type": "...", "from": 1, "to": 2, "properties": {...}}`.
struct RelationshipBody: Decodable, Sendable {
  let type: String
  let from: NodeID
  let to: NodeID
  let properties: [String: Value]

  enum CodingKeys: String, CodingKey, CaseIterable {
    case type, from, to, properties
  }

  init(from decoder: any Decoder) throws {
    try decoder.rejectUnknownKeys(CodingKeys.self)
    let body = try decoder.container(keyedBy: CodingKeys.self)
    type = try body.decode(String.self, forKey: .type)
    from = NodeID(try body.decode(Int64.self, forKey: .from))
    to = NodeID(try body.decode(Int64.self, forKey: .to))
    properties = try body.decodeValues(forKey: .properties)
  }
}

/// `PATCH /v1/relationships/{id}`: `{"properties": {...}}`; a null removes a property.
struct RelationshipPatchBody: Decodable, Sendable {
  let properties: [String: Value]

  enum CodingKeys: String, CodingKey, CaseIterable {
    case properties
  }

  init(from decoder: any Decoder) throws {
    try decoder.rejectUnknownKeys(CodingKeys.self)
    properties = try decoder.container(keyedBy: CodingKeys.self)
      .decodeValues(forKey: .properties)
  }
}
