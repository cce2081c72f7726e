import ExerciseKG

/// What a write changed, as a phrase: `2 nodes created, 1 label added, 3 properties set`.
enum ChangeText {
  private static let irregularPlurals = ["property": "properties", "index": "indexes"]

  static func render(_ changes: ChangeSummary) -> String {
    [
      (changes.nodesCreated, "node", "created"), (changes.nodesDeleted, "node", "deleted"),
      (changes.relationshipsCreated, "relationship", "created"),
      (changes.relationshipsDeleted, "relationship", "deleted"),
      (changes.labelsAdded, "label", "added"), (changes.labelsRemoved, "label", "removed"),
      (changes.propertiesSet, "property", "set"),
      (changes.propertiesRemoved, "property", "removed"),
      (changes.indexesAdded, "index", "added"), (changes.indexesRemoved, "index", "removed"),
    ].filter { $0.0 > 0 }.map { count, noun, verb in
      let plural = count == 1 ? noun : irregularPlurals[noun] ?? noun + "s"
      return "\(count) \(plural) \(verb)"
    }.joined(separator: ", ")
  }
}
