import GraphModel

extension KnowledgeGraph {
  /// The exercise with `id`, or nil when there is none.
  public func exercise(id: String) throws -> ExerciseDetail? {
    let rows = try readingSavedQueries {
      try $0.rows(of: "exercise", parameters: ["id": .string(id)])
    }
    return rows.first.map { row in
      ExerciseDetail(
        id: row.string("id"), name: row.string("name"), level: row.string("level"),
        difficulty: Int(row.number("difficulty")), force: row["force"].stringValue,
        mechanic: row["mechanic"].stringValue, category: row["category"].stringValue,
        instructions: row["instructions"].stringValue,
        muscles: row.maps("muscles").map(MuscleMatch.init),
        equipment: row.strings("equipment"), goals: row.maps("goals").map(GoalMatch.init),
        contraindications: row.maps("contraindications").map(Contraindication.init),
        variantOf: row["variantOf"].mapValue.map(ExerciseReference.init),
        variants: row.maps("variants").map(ExerciseReference.init))
    }
  }

  /// Every term of `taxonomy`, by name, with its hierarchy.
  public func terms(of taxonomy: Taxonomy) throws -> [TaxonomyTerm] {
    let rows = try readingSavedQueries {
      try $0.rows(of: "taxonomy", parameters: ["label": .string(taxonomy.rawValue)])
    }
    return rows.map {
      TaxonomyTerm(
        name: $0.string("name"), iri: $0["iri"].stringValue, partOf: $0.strings("partOf"),
        parts: $0.strings("parts"))
    }
  }
}
