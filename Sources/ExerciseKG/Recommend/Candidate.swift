import GraphModel

/// One row of `queries/recommend.cypher`: a scored exercise and, when it is excluded, why.
struct Candidate {
  let exercise: ExerciseSummary
  let score: Double
  let family: String
  let contraindications: [Contraindication]
  let missingEquipment: [String]
  let avoidedMuscles: [String]
  /// False when something excludes it: then the three lists above say what.
  let isEligible: Bool

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
    contraindications = row.maps("contraindications").map(Contraindication.init)
    missingEquipment = row.strings("missingEquipment")
    avoidedMuscles = row.strings("avoidedMuscles")
    isEligible = row["eligible"] == .boolean(true)
  }
}
