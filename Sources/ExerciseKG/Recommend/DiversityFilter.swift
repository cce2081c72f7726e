/// Keeps a list of recommendations varied: offered the candidates best first, it takes one
/// only while its `VARIANT_OF` family and each of its primary muscles are under their caps, so
/// ten near-identical presses never fill the list.
struct DiversityFilter {
  let perFamily: Int
  let perPrimaryMuscle: Int
  private var families: [String: Int] = [:]
  private var muscles: [String: Int] = [:]

  init(perFamily: Int, perPrimaryMuscle: Int) {
    self.perFamily = perFamily
    self.perPrimaryMuscle = perPrimaryMuscle
  }

  /// Whether `candidate`, the best not yet offered, goes in the list; counted when it does.
  mutating func admits(_ candidate: Candidate) -> Bool {
    let primary = candidate.exercise.primaryMuscles
    guard families[candidate.family, default: 0] < perFamily,
      primary.allSatisfy({ muscles[$0, default: 0] < perPrimaryMuscle })
    else { return false }
    families[candidate.family, default: 0] += 1
    for muscle in primary { muscles[muscle, default: 0] += 1 }
    return true
  }
}
