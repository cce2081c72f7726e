/// What a person asks for: the input of `KnowledgeGraph.recommend(_:)`.
///
/// Names are matched to the graph's goals, muscle groups, equipment and conditions without
/// regard to case; an IRI works as well as a name.
public struct RecommendationRequest: Sendable, Hashable {
  /// A goal (Strength, Hypertrophy, …), or nil for any.
  public var goal: String?
  /// Muscle groups to train; a region ("legs") stands for every muscle `PART_OF` it. Empty: any.
  public var muscles: [String]
  /// The equipment the person has (a group such as "free weights" stands for its parts), or nil
  /// for a fully equipped gym. Exercises that need nothing always qualify.
  public var equipment: [String]?
  /// Conditions, or injured muscle groups, to avoid.
  public var avoid: [String]
  /// The lowest contraindication severity that excludes an exercise (1 caution, 2 avoid unless
  /// cleared, 3 avoid); milder ones are kept and reported as cautions.
  public var severity: Int
  /// The hardest difficulty to include: 1 beginner, 2 intermediate, 3 expert.
  public var level: Int
  /// How many exercises to return, 1 to 100.
  public var limit: Int
  /// Exercise ids to leave out, such as those already done.
  public var exclude: [String]
  /// Whether to list the strongest excluded candidates and why each was excluded.
  public var explain: Bool
  /// The most results from one `VARIANT_OF` family.
  public var perFamily: Int
  /// The most results sharing one primary muscle.
  public var perPrimaryMuscle: Int

  public init(
    goal: String? = nil, muscles: [String] = [], equipment: [String]? = nil,
    avoid: [String] = [], severity: Int = 2, level: Int = 3, limit: Int = 10,
    exclude: [String] = [], explain: Bool = false, perFamily: Int = 2, perPrimaryMuscle: Int = 3
  ) {
    self.goal = goal
    self.muscles = muscles
    self.equipment = equipment
    self.avoid = avoid
    self.severity = severity
    self.level = level
    self.limit = limit
    self.exclude = exclude
    self.explain = explain
    self.perFamily = perFamily
    self.perPrimaryMuscle = perPrimaryMuscle
  }

  /// The difficulty a level name stands for: beginner 1, intermediate 2, expert 3.
  public static func difficulty(ofLevel name: String) -> Int? {
    ["beginner": 1, "intermediate": 2, "expert": 3][name.lowercased()]
  }
}
