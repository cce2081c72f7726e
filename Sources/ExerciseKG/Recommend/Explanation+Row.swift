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

  /// `{nodes: [names], types: [types]}` as `a -T-> b -U-> c`.
  private static func pathText(_ map: [String: Value]) -> String {
    let names = (map["nodes"]?.listValue ?? []).map { $0.stringValue ?? "?" }
    let types = (map["types"]?.listValue ?? []).map { $0.stringValue ?? "?" }
    var text = names.first ?? ""
    for (type, name) in zip(types, names.dropFirst()) {
      text += " -"
      text += type
      text += "-> "
      text += name
    }
    return text
  }
}
