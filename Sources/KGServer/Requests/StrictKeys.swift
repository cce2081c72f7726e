/// Rejects members a request body does not define, so a misspelt field (`"muscle"` for
/// `"muscles"`) is an error rather than silently ignored.
struct AnyKey: CodingKey {
  let stringValue: String
  var intValue: Int? { nil }
  init(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}

extension Decoder {
  /// Throws a `DecodingError.dataCorrupted` naming the first member not among `keys`.
  func rejectUnknownKeys<Keys: CodingKey & CaseIterable>(_ keys: Keys.Type) throws {
    let container = try container(keyedBy: AnyKey.self)
    if let unknown = container.allKeys.first(where: { Keys(stringValue: $0.stringValue) == nil }) {
      let known = Keys.allCases.map(\.stringValue).sorted()
      throw DecodingError.dataCorruptedError(
        forKey: unknown, in: container,
        debugDescription: "unknown field; the fields are \(known.joined(separator: ", "))")
    }
  }
}
