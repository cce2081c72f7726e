import GraphModel
import GraphStore

extension KnowledgeGraph {
  /// The full-text index keyword search runs on.
  static let exerciseSearchIndex = "exercise_search"

  /// The property indexes the service's reads seek through: exercises by `id` (`GET
  /// /v1/exercises/{id}`, the explanation of the chosen) and the vocabularies by `name` (the
  /// goal, muscles, equipment and conditions a recommendation names).
  static let servingIndexes = [
    ("Exercise", "id"), ("MuscleGroup", "name"), ("Equipment", "name"), ("Goal", "name"),
    ("Condition", "name"),
  ].map { PropertyIndexDescription(label: $0, key: $1) }

  /// Creates what the service's lookups need, unless it exists: the full-text index over
  /// exercises' name, instructions and category, and the property indexes of
  /// `servingIndexes`. `kg serve` calls it on start.
  public func prepareForServing() throws {
    let (hasSearch, missing) = try store.read { transaction in
      let existing = try transaction.propertyIndexes()
      return (
        try transaction.fullTextIndexes().contains { $0.name == Self.exerciseSearchIndex },
        Self.servingIndexes.filter { !existing.contains($0) }
      )
    }
    guard !hasSearch || !missing.isEmpty else { return }
    try write { transaction in
      if !hasSearch {
        try transaction.createFullTextIndex(
          named: Self.exerciseSearchIndex, label: "Exercise",
          keys: ["name", "instructions", "category"])
      }
      for index in missing {
        try transaction.createPropertyIndex(label: index.label, key: index.key)
      }
    }
  }

  /// One page of exercises matching `search`.
  ///
  /// Keyword matches come best first (BM25, the name weighing most), otherwise by name; the
  /// filters are `queries/exercise-search.cypher`, the page's summaries
  /// `queries/exercise-summaries.cypher`. Pages follow each other without gaps or repeats while
  /// the graph does not change.
  ///
  /// - Throws: `RecommendationError` for unknown names, an out-of-range value or a bad cursor.
  public func searchExercises(_ search: ExerciseSearch) throws -> ExercisePage {
    let offset = try search.cursor.map(PageCursor.offset) ?? 0
    try RangeCheck.require(("level", search.level, 1...3), ("limit", search.limit, 1...100))
    return try readingSavedQueries { reader in
      let nodes = try matchingNodes(search, reader)
      let page = Array(nodes.dropFirst(offset).prefix(search.limit))
      let next = offset + page.count
      return ExercisePage(
        items: try summaries(of: page, reader),
        nextCursor: next < nodes.count ? PageCursor.make(offset: next) : nil)
    }
  }

  /// The node ids of every exercise matching `search`, in the order its pages list them.
  private func matchingNodes(_ search: ExerciseSearch, _ reader: SavedQueryReader) throws
    -> [Int64]
  {
    var unknown: [UnknownName] = []
    let filtersByName = search.muscle != nil || search.equipment != nil || search.goal != nil
    let vocabulary = filtersByName ? try Vocabulary(reader) : Vocabulary(terms: [])
    let muscle = vocabulary.resolve(
      search.muscle, field: "muscle", kinds: ["MuscleGroup"], unknown: &unknown)
    let equipment = vocabulary.resolve(
      search.equipment, field: "equipment", kinds: ["Equipment"], unknown: &unknown)
    let goal = vocabulary.resolve(search.goal, field: "goal", kinds: ["Goal"], unknown: &unknown)
    guard unknown.isEmpty else { throw RecommendationError.unknownNames(unknown) }

    let matches = try search.text.map {
      try reader.transaction.search(fullTextIndex: Self.exerciseSearchIndex, for: $0, limit: 10_000)
    }
    let parameters: [String: Value] = [
      "nodes": matches.map { .list($0.map { .integer($0.node.rawValue) }) } ?? .null,
      "muscle": muscle.map(Value.string) ?? .null,
      "equipment": equipment.map(Value.string) ?? .null,
      "goal": goal.map(Value.string) ?? .null,
      "level": .integer(Int64(search.level)),
    ]
    let nodes = try reader.rows(of: "exercise-search", parameters: parameters).map {
      $0["node"].integerValue ?? 0
    }
    guard let matches else { return nodes }
    let rank = Dictionary(
      matches.enumerated().map { ($1.node.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
    return nodes.sorted { rank[$0, default: .max] < rank[$1, default: .max] }
  }

  /// The summaries of the exercises with these node ids, in the same order.
  private func summaries(of nodes: [Int64], _ reader: SavedQueryReader) throws
    -> [ExerciseSummary]
  {
    guard !nodes.isEmpty else { return [] }
    let rows = try reader.rows(
      of: "exercise-summaries", parameters: ["nodes": .list(nodes.map(Value.integer))])
    let byNode = Dictionary(
      rows.map { ($0["node"].integerValue ?? 0, ExerciseSummary($0)) },
      uniquingKeysWith: { first, _ in first })
    return nodes.compactMap { byNode[$0] }
  }
}

extension ExerciseSummary {
  /// A row with the columns id, name, level, difficulty, equipment, primaryMuscles.
  init(_ row: ResultRow) {
    self.init(
      id: row.string("id"), name: row.string("name"), level: row.string("level"),
      difficulty: Int(row.number("difficulty")), equipment: row.strings("equipment"),
      primaryMuscles: row.strings("primaryMuscles"))
  }
}
