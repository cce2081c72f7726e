import GraphModel

/// Names worked out for IRIs (a mapping's labels and types, prefix expansions), remembered: a
/// document names the same IRIs over and over, and working a name out costs more than looking
/// it up. Bounded: forgotten all at once past `limit` IRIs.
struct RememberedNames {
  private var names: [String: String] = [:]
  /// The names of the IRIs looked up last, found without hashing.
  private var recent = RecentStrings<String>()
  private let limit = 4_096

  /// The name of `iri`, from `name` the first time.
  mutating func name(of iri: String, _ name: (String) -> String) -> String {
    if let known = self.name(of: iri) { return known }
    let computed = name(iri)
    remember(computed, for: iri)
    return computed
  }

  /// The name remembered for `iri`, if any.
  mutating func name(of iri: String) -> String? {
    if let known = recent.value(for: iri) { return known }
    guard let known = names[iri] else { return nil }
    recent.remember(known, for: iri)
    return known
  }

  /// Forgets every name, keeping the memory for the next ones: a new prefix or base changes
  /// what the same IRIs stand for.
  mutating func forget() {
    names.removeAll(keepingCapacity: true)
    recent.removeAll()
  }

  /// Remembers `name` for `iri`.
  mutating func remember(_ name: String, for iri: String) {
    if names.count >= limit { names.removeAll(keepingCapacity: true) }
    names[iri] = name
    recent.remember(name, for: iri)
  }
}
