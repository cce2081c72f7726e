import GraphModel

/// One row of `queries/recommend.cypher`: a scored exercise and, when it is excluded, why.
struct Candidate {
  let exercise: ExerciseSummary
  let score: Double
  let family: String
  let explanation: Explanation
  let contraindications: [Contraindication]
  let missingEquipment: [String]
  let avoidedMuscles: [String]

  var isEligible: Bool {
    contraindications.isEmpty && missingEquipment.isEmpty && avoidedMuscles.isEmpty
  }

  /// Why it is excluded, as sentences.
  var reasons: [String] {
    contraindications.map {
      "contraindicated for \($0.condition) (severity \($0.severity)): \($0.reason)"
    } + missingEquipment.map { "requires \($0)" } + avoidedMuscles.map { "targets injured \($0)" }
  }

  init(_ row: ResultRow) {
    exercise = ExerciseSummary(row)
    score = (row.number("score") * 100).rounded() / 100
    family = row.string("family")
    explanation = Explanation(
      muscles: row.maps("matched").map(MuscleMatch.init),
      goal: row["goal"].mapValue.map(GoalMatch.init), equipment: exercise.equipment,
      paths: row.maps("paths").map(Self.pathText),
      cautions: row.maps("cautions").map(Contraindication.init))
    contraindications = row.maps("contraindications").map(Contraindication.init)
    missingEquipment = row.strings("missingEquipment")
    avoidedMuscles = row.strings("avoidedMuscles")
  }

  /// `{nodes: [names], types: [types]}` as `a -T-> b -U-> c`.
  private static func pathText(_ map: [String: Value]) -> String {
    let names = (map["nodes"]?.listValue ?? []).map { $0.stringValue ?? "?" }
    let types = (map["types"]?.listValue ?? []).map { $0.stringValue ?? "?" }
    var text = names.first ?? ""
    for (type, name) in zip(types, names.dropFirst()) { text += " -\(type)-> \(name)" }
    return text
  }
}
