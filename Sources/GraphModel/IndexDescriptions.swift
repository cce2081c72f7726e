/// A (label, key) property index, by name.
public struct PropertyIndexDescription: Hashable, Sendable, CustomStringConvertible {
  public let label: String
  public let key: String

  public init(label: String, key: String) {
    self.label = label
    self.key = key
  }

  /// As Cypher writes it: `:Exercise(name)`.
  public var description: String { ":\(label)(\(key))" }
}

/// A full-text index over text properties of one label.
public struct FullTextIndexDescription: Hashable, Sendable, CustomStringConvertible {
  public let name: String
  public let label: String
  /// The indexed keys; matches in the first weigh most.
  public let keys: [String]

  public init(name: String, label: String, keys: [String]) {
    self.name = name
    self.label = label
    self.keys = keys
  }

  /// `full-text exercise_text on :Exercise(name, instructions)`.
  public var description: String {
    "full-text \(name) on :\(label)(\(keys.joined(separator: ", ")))"
  }
}
