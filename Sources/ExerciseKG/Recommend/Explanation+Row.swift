import GraphModel

extension Explanation {
  /// A row of `queries/recommend-explanation.cypher` for `exercise`.
  init(_ row: ResultRow, exercise: ExerciseSummary) {
    let matched = row.maps("matched")
    self.init(
      muscles: matched.map(MuscleMatch.init), goal: row["goal"].mapValue.map(GoalMatch.init),
      equipment: exercise.equipment,
      paths: matched.flatMap { match in
        (match["regions"]?.listValue ?? []).map { Self.pathText(from: exercise.name, $0) }
      },
      cautions: row.maps("cautions").map(Contraindication.init))
  }

  /// The graph path from the exercise named `exercise` through its TARGETS to a muscle and up
  /// the muscle's PART_OF to a requested region, given the names from the muscle up
  /// (`[muscle, …, region]`, one of a matched muscle's `regions`):
  /// `exercise -TARGETS-> muscle -PART_OF-> … -PART_OF-> region`. Written once into a string
  /// of the right size: a `String` appended to piece by piece looks for a grapheme break at
  /// every seam, and an array of bytes made into one is copied and validated again.
  private static func pathText(from exercise: String, _ names: Value) -> String {
    let names = names.listValue ?? []
    func forEachPiece(_ body: (String) -> Void) {
      body(exercise)
      for (index, name) in names.enumerated() {
        body(index == 0 ? " -TARGETS-> " : " -PART_OF-> ")
        body(name.stringValue ?? "?")
      }
    }
    var size = 0
    forEachPiece { size += $0.utf8.count }
    return String(unsafeUninitializedCapacity: size) { buffer in
      var written = 0
      forEachPiece { piece in
        var piece = piece
        piece.withUTF8 { bytes in
          _ = UnsafeMutableBufferPointer(rebasing: buffer[written...]).initialize(from: bytes)
          written += bytes.count
        }
      }
      return written
    }
  }
}
