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

  /// `{nodes: [names], types: [types]}` as `a -T-> b -U-> c`, written once into a string of
  /// the right size: a `String` appended to piece by piece looks for a grapheme break at every
  /// seam, and an array of bytes made into one is copied and validated again.
  private static func pathText(_ map: [String: Value]) -> String {
    let names = map["nodes"]?.listValue ?? []
    let types = map["types"]?.listValue ?? []
    func forEachPiece(_ body: (String) -> Void) {
      guard let first = names.first else { return }
      body(first.stringValue ?? "?")
      for (type, name) in zip(types, names.dropFirst()) {
        body(" -")
        body(type.stringValue ?? "?")
        body("-> ")
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
