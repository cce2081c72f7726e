import Foundation

/// How ontology names become graph names: class IRIs to labels, object properties to
/// relationship types, data and annotation properties to property keys.
///
/// Read from a JSON file (`ontology/mapping.json` by default):
///
/// ```json
/// { "labels": { "ExerciseClass": "Exercise" },
///   "relationshipTypes": { "contraindicatedFor": "CONTRAINDICATED" },
///   "propertyKeys": { "hasLevel": "level" } }
/// ```
///
/// A key is a full IRI or a local name (the part after the last `#`, `/` or `:`); a full IRI
/// wins. A name the mapping does not list keeps its local name, relationship types in
/// UPPER_SNAKE_CASE (`partOf` → `PART_OF`).
public struct OntologyMapping: Hashable, Sendable, Codable {
  public var labels: [String: String]
  public var relationshipTypes: [String: String]
  public var propertyKeys: [String: String]

  public init(
    labels: [String: String] = [:], relationshipTypes: [String: String] = [:],
    propertyKeys: [String: String] = [:]
  ) {
    self.labels = labels
    self.relationshipTypes = relationshipTypes
    self.propertyKeys = propertyKeys
  }

  /// Reads a mapping file.
  /// - Throws: `ImportError` (`.unreadable`, `.invalidMapping`) naming the file.
  public init(contentsOfFile path: String) throws(ImportError) {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ImportError(.unreadable, file: path, message: "cannot read the mapping file")
    }
    do {
      self = try JSONDecoder().decode(OntologyMapping.self, from: data)
    } catch {
      throw ImportError(
        .invalidMapping, file: path,
        message: "not a mapping (an object of \"labels\", \"relationshipTypes\" and "
          + "\"propertyKeys\", each mapping names to names): \(error)")
    }
  }

  private enum CodingKeys: String, CodingKey, CaseIterable {
    case labels, relationshipTypes, propertyKeys
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    labels = try container.decodeIfPresent([String: String].self, forKey: .labels) ?? [:]
    relationshipTypes =
      try container.decodeIfPresent([String: String].self, forKey: .relationshipTypes) ?? [:]
    propertyKeys =
      try container.decodeIfPresent([String: String].self, forKey: .propertyKeys) ?? [:]
    let known = Set(CodingKeys.allCases.map(\.rawValue))
    let unknown = try decoder.container(keyedBy: AnyKey.self).allKeys.map(\.stringValue)
      .filter { !known.contains($0) }
    guard unknown.isEmpty else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: [], debugDescription: "unknown fields: \(unknown.sorted())"))
    }
  }

  /// The label of nodes asserted to be members of class `iri`.
  public func label(forClass iri: String) -> String {
    labels[iri] ?? labels[iri.localName] ?? iri.localName
  }

  /// The relationship type of object property `iri`.
  public func relationshipType(forProperty iri: String) -> String {
    relationshipTypes[iri] ?? relationshipTypes[iri.localName] ?? iri.localName.upperSnakeCased
  }

  /// The property key of data or annotation property `iri`.
  public func propertyKey(forProperty iri: String) -> String {
    propertyKeys[iri] ?? propertyKeys[iri.localName] ?? iri.localName
  }
}

private struct AnyKey: CodingKey {
  let stringValue: String
  var intValue: Int? { nil }
  init(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}

extension String {
  /// The part of an IRI after its last `#`, `/` or `:`.
  public var localName: String {
    let bytes = utf8
    guard
      let separator = bytes.lastIndex(where: {
        $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ":")
      })
    else { return self }
    let name = Substring(bytes[bytes.index(after: separator)...])
    return name.isEmpty ? self : String(name)
  }

  /// `partOf` → `PART_OF`, `has-part` → `HAS_PART`.
  var upperSnakeCased: String {
    var result = ""
    var previous: Character?
    for character in self {
      if character == "-" || character == " " || character == "_" {
        if !result.isEmpty && result.last != "_" { result.append("_") }
      } else {
        if character.isUppercase, let previous, previous.isLowercase || previous.isNumber,
          result.last != "_"
        {
          result.append("_")
        }
        result += character.uppercased()
      }
      previous = character
    }
    return result
  }
}
