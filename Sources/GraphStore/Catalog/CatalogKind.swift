/// The three name spaces the catalog interns as small integers.
enum CatalogKind: Int, CaseIterable, Sendable {
  case label
  case relationshipType
  case propertyKey

  /// The table holding this kind's (id, name) pairs.
  var table: String {
    switch self {
    case .label: "label"
    case .relationshipType: "relationship_type"
    case .propertyKey: "property_key"
    }
  }

  /// How the kind is named in messages.
  var noun: String {
    switch self {
    case .label: "label"
    case .relationshipType: "relationship type"
    case .propertyKey: "property key"
    }
  }
}
