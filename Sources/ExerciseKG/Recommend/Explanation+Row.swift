import GraphModel

extension Explanation {
  /// A row of `queries/recommend-explanation.cypher` for an exercise needing `equipment`.
  init(_ row: ResultRow, equipment: [String]) {
    self.init(
      muscles: row.maps("matched").map(MuscleMatch.init),
      goal: row["goal"].mapValue.map(GoalMatch.init), equipment: equipment,
      paths: row.maps("paths").map(Self.pathText),
      cautions: row.maps("cautions").map(Contraindication.init))
  }

  /// `{nodes: [names], types: [types]}` as `a -T-> b -U-> c`, put together as UTF-8: a
  /// `String` appended to piece by piece looks for a grapheme break at every seam.
  private static func pathText(_ map: [String: Value]) -> String {
    let names = (map["nodes"]?.listValue ?? []).map { $0.stringValue ?? "?" }
    let types = (map["types"]?.listValue ?? []).map { $0.stringValue ?? "?" }
    var text = Array((names.first ?? "").utf8)
    for (type, name) in zip(types, names.dropFirst()) {
      text += " -".utf8
      text += type.utf8
      text += "-> ".utf8
      text += name.utf8
    }
    return String(decoding: text, as: UTF8.self)
  }
}
