/// The names of the graph's goals, muscle groups, equipment and conditions, and the lookup of a
/// request's names among them.
struct Vocabulary {
  struct Term {
    let kind: String
    let name: String
    let iri: String?
  }

  let terms: [Term]
  /// The positions in `terms` of the terms with each lowercased name, in order.
  private let positionsByName: [String: [Int]]
  /// The positions in `terms` of the terms with each IRI, in order.
  private let positionsByIRI: [String: [Int]]

  init(terms: [Term]) {
    self.terms = terms
    var positionsByName: [String: [Int]] = [:]
    var positionsByIRI: [String: [Int]] = [:]
    for (position, term) in terms.enumerated() {
      positionsByName[term.name.lowercased(), default: []].append(position)
      if let iri = term.iri { positionsByIRI[iri, default: []].append(position) }
    }
    self.positionsByName = positionsByName
    self.positionsByIRI = positionsByIRI
  }

  /// The names a request may use, read through the saved query `vocabulary` once per version
  /// of the graph.
  init(_ reader: SavedQueryReader) throws {
    self = try reader.transaction.derived("vocabulary") {
      Vocabulary(
        terms: try reader.rows(of: "vocabulary").map {
          Term(kind: $0.string("kind"), name: $0.string("name"), iri: $0["iri"].stringValue)
        })
    }
  }

  /// The canonical name of each of `names` among the terms of `kinds`, matched without regard
  /// to case or by IRI; names that match nothing are added to `unknown` with suggestions.
  func resolve(
    _ names: [String], field: String, kinds: Set<String>, unknown: inout [UnknownName]
  ) -> [String] {
    var resolved: [String] = []
    for name in names {
      let folded = name.lowercased()
      // The first term of those kinds, in the terms' order, with the name or the IRI.
      let matches = (positionsByName[folded] ?? []) + (positionsByIRI[name] ?? [])
      if let position = matches.filter({ kinds.contains(terms[$0].kind) }).min() {
        resolved.append(terms[position].name)
      } else {
        let candidates = terms.filter { kinds.contains($0.kind) }.map(\.name)
        unknown.append(
          UnknownName(
            field: field, name: name, suggestions: Self.closeMatches(to: folded, among: candidates)
          ))
      }
    }
    return resolved
  }

  /// The canonical name of `name` (nil stays nil), as `resolve(_:field:kinds:unknown:)` does.
  func resolve(
    _ name: String?, field: String, kinds: Set<String>, unknown: inout [UnknownName]
  ) -> String? {
    name.flatMap { resolve([$0], field: field, kinds: kinds, unknown: &unknown).first }
  }

  /// Up to three names close to `name`, closest first: containing it, sharing its first four
  /// letters ("quads", "quadriceps"), or within a small edit distance.
  static func closeMatches(to name: String, among names: [String]) -> [String] {
    let wanted = Array(name)
    let allowance = max(2, wanted.count / 3)
    return
      names
      .map { candidate -> (String, Int) in
        let folded = candidate.lowercased()
        if folded.contains(name) || (name.count >= 3 && name.contains(folded)) {
          return (candidate, 0)
        }
        if name.count >= 4 && folded.hasPrefix(name.prefix(4)) { return (candidate, 1) }
        return (candidate, editDistance(wanted, Array(folded)))
      }
      .filter { $0.1 <= allowance }
      .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
      .prefix(3).map(\.0)
  }

  /// Levenshtein distance: insertions, deletions and substitutions.
  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    var previous = Array(0...b.count)
    for (i, x) in a.enumerated() {
      var current = [i + 1]
      for (j, y) in b.enumerated() {
        current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
      }
      previous = current
    }
    return previous[b.count]
  }
}
