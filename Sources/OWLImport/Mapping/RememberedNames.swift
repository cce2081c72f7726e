/// The names a mapping gives IRIs, remembered: a document names the same few classes and
/// properties over and over, and working a name out (local name, case conversion) costs more
/// than looking it up. Bounded: forgotten all at once past `limit` IRIs.
struct RememberedNames {
  private var names: [String: String] = [:]
  private let limit = 4_096

  /// The name of `iri`, from `name` the first time.
  mutating func name(of iri: String, _ name: (String) -> String) -> String {
    if let known = names[iri] { return known }
    if names.count >= limit { names.removeAll(keepingCapacity: true) }
    let computed = name(iri)
    names[iri] = computed
    return computed
  }
}
