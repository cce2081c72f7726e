import GraphModel

/// The JSON body of `POST /v1/query`: `{"query": "...", "params": {...}}`.
struct QueryBody: Decodable, Sendable {
  let query: String
  let parameters: [String: Value]

  enum CodingKeys: String, CodingKey, CaseIterable {
    case query, params
  }

  init(from decoder: any Decoder) throws {
    try decoder.rejectUnknownKeys(CodingKeys.self)
    let body = try decoder.container(keyedBy: CodingKeys.self)
    query = try body.decode(String.self, forKey: .query)
    parameters = try body.decodeValues(forKey: .params)
  }
}

/// A query parameter given as JSON: numbers without a fraction are integers, as in Cypher.
struct JSONParameter: Decodable {
  let value: Value

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      value = .null
    } else if let flag = try? container.decode(Bool.self) {
      value = .boolean(flag)
    } else if let integer = try? container.decode(Int64.self) {
      value = .integer(integer)
    } else if let float = try? container.decode(Double.self) {
      value = .float(float)
    } else if let string = try? container.decode(String.self) {
      value = .string(string)
    } else if let list = try? container.decode([JSONParameter].self) {
      value = .list(list.map(\.value))
    } else {
      value = .map(try container.decode([String: JSONParameter].self).mapValues(\.value))
    }
  }
}

extension KeyedDecodingContainer {
  /// A JSON object of values (parameters, properties) as `JSONParameter` reads them; empty when
  /// absent.
  func decodeValues(forKey key: Key) throws -> [String: Value] {
    try decodeIfPresent([String: JSONParameter].self, forKey: key)?.mapValues(\.value) ?? [:]
  }
}
