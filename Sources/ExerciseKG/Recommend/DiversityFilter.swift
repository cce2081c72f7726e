/// Keeps a list of recommendations varied: walking the candidates best first, it takes one
/// only while its `VARIANT_OF` family and each of its primary muscles are under their caps, so
/// ten near-identical presses never fill the list.
struct DiversityFilter {
  let perFamily: Int
  let perPrimaryMuscle: Int

  func select(_ candidates: [Candidate], limit: Int) -> [Candidate] {
    var families: [String: Int] = [:]
    var muscles: [String: Int] = [:]
    var chosen: [Candidate] = []
    for candidate in candidates where chosen.count < limit {
      let primary = candidate.exercise.primaryMuscles
      guard families[candidate.family, default: 0] < perFamily,
        primary.allSatisfy({ muscles[$0, default: 0] < perPrimaryMuscle })
      else { continue }
      families[candidate.family, default: 0] += 1
      for muscle in primary { muscles[muscle, default: 0] += 1 }
      chosen.append(candidate)
    }
    return chosen
  }
}
