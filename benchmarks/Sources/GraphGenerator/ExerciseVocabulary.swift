/// The names the generated graph uses: the muscle groups, equipment and levels of the
/// free-exercise-db data set, with the regions, goals and conditions kg's ontology adds.
public enum ExerciseVocabulary {
  /// Muscle regions and the muscles of free-exercise-db that are PART_OF each.
  public static let regions: [(region: String, half: String, muscles: [String])] = [
    (
      "legs", "lower body",
      ["abductors", "adductors", "calves", "glutes", "hamstrings", "quadriceps"]
    ),
    ("arms", "upper body", ["biceps", "forearms", "triceps"]),
    ("back", "upper body", ["lats", "lower back", "middle back", "traps"]),
    ("core", "lower body", ["abdominals"]),
    ("chest and shoulders", "upper body", ["chest", "shoulders", "neck"]),
  ]
  public static let halves = ["upper body", "lower body"]
  public static let equipment = [
    "bands", "barbell", "body only", "cable", "dumbbell", "e-z curl bar", "exercise ball",
    "foam roll",
    "kettlebells", "machine", "medicine ball", "other",
  ]
  public static let goals = [
    "Strength", "Hypertrophy", "Endurance", "Mobility", "Fat Loss", "Power", "Rehabilitation",
    "Stability",
  ]
  public static let conditions = [
    "knee injury", "lower back pain", "shoulder impingement", "hypertension", "pregnancy",
    "wrist pain",
    "ankle sprain", "neck pain", "osteoporosis", "hernia",
  ]
  public static let levels = ["beginner", "intermediate", "expert"]
  public static let implements = [
    "Barbell", "Dumbbell", "Cable", "Kettlebell", "Band", "Machine", "Bodyweight", "Smith Machine",
  ]
  public static let movements = [
    "Bench Press", "Squat", "Deadlift", "Curl", "Row", "Lunge", "Shoulder Press", "Pulldown", "Fly",
    "Extension",
    "Raise", "Crunch", "Plank", "Bridge", "Shrug", "Step-Up",
  ]
  /// free-exercise-db has 873 exercises: one copy of the graph has as many.
  static let exercisesPerCopy = 873
}
