import ResultFormat

// The answer's JSON written directly (see `JSONWritable`): members in key order, as
// `CompactJSONEncoder` sorts the synthesized `encode(to:)`'s.

extension RecommendationResponse: JSONWritable {
  public func write(to json: inout JSONWriter) throws {
    try json.object {
      try $0.member("excluded", excluded)
      try $0.member("results", results)
    }
  }
}

extension Recommendation: JSONWritable {
  public func write(to json: inout JSONWriter) throws {
    try json.object {
      try $0.member("exercise", exercise)
      try $0.member("explanation", explanation)
      try $0.member("score", score)
    }
  }
}

extension ExerciseSummary: JSONWritable {
  public func write(to json: inout JSONWriter) throws {
    json.object {
      $0.member("difficulty", difficulty)
      $0.member("equipment", equipment)
      $0.member("id", id)
      $0.member("level", level)
      $0.member("name", name)
      $0.member("primaryMuscles", primaryMuscles)
    }
  }
}

extension Explanation: JSONWritable {
  public func write(to json: inout JSONWriter) throws {
    try json.object {
      try $0.member("cautions", cautions)
      $0.member("equipment", equipment)
      try $0.member("goal", goal)
      try $0.member("muscles", muscles)
      $0.member("paths", paths)
    }
  }
}

extension MuscleMatch: JSONWritable {
  public func write(to json: inout JSONWriter) throws {
    json.object {
      $0.member("muscle", muscle)
      $0.member("role", role)
    }
  }
}

extension GoalMatch: JSONWritable {
  public func write(to json: inout JSONWriter) throws {
    try json.object {
      $0.member("name", name)
      try $0.member("weight", weight)
    }
  }
}

extension Contraindication: JSONWritable {
  public func write(to json: inout JSONWriter) throws {
    json.object {
      $0.member("condition", condition)
      $0.member("reason", reason)
      $0.member("severity", severity)
    }
  }
}

extension ExcludedCandidate: JSONWritable {
  public func write(to json: inout JSONWriter) throws {
    try json.object {
      try $0.member("exercise", exercise)
      $0.member("reasons", reasons)
      try $0.member("score", score)
    }
  }
}
