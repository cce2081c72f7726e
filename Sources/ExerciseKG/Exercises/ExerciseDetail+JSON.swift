import ResultFormat

// Lookup and search answers' JSON written directly (see `JSONWritable`): members in key
// order, as `CompactJSONEncoder` sorts the synthesized `encode(to:)`'s.

extension ExerciseDetail: JSONWritable {
  public func write(to json: inout JSONWriter) throws {
    try json.object {
      $0.member("category", category)
      try $0.member("contraindications", contraindications)
      $0.member("difficulty", difficulty)
      $0.member("equipment", equipment)
      $0.member("force", force)
      try $0.member("goals", goals)
      $0.member("id", id)
      $0.member("instructions", instructions)
      $0.member("level", level)
      $0.member("mechanic", mechanic)
      try $0.member("muscles", muscles)
      $0.member("name", name)
      try $0.member("variantOf", variantOf)
      try $0.member("variants", variants)
    }
  }
}

extension ExerciseReference: JSONWritable {
  public func write(to json: inout JSONWriter) throws {
    json.object {
      $0.member("id", id)
      $0.member("name", name)
    }
  }
}

extension ExercisePage: JSONWritable {
  public func write(to json: inout JSONWriter) throws {
    try json.object {
      try $0.member("items", items)
      $0.member("nextCursor", nextCursor)
    }
  }
}
