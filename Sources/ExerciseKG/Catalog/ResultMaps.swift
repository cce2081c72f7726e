import GraphModel

// The library's small result types read from the maps saved queries return, with the keys the
// queries document.

extension MuscleMatch {
  /// `{muscle, role}`.
  init(_ map: [String: Value]) {
    self.init(muscle: map["muscle"]?.stringValue ?? "", role: map["role"]?.stringValue ?? "")
  }
}

extension GoalMatch {
  /// `{name, weight}`.
  init(_ map: [String: Value]) {
    self.init(name: map["name"]?.stringValue ?? "", weight: map["weight"]?.numberValue ?? 0)
  }
}

extension ExerciseReference {
  /// `{id, name}`.
  init(_ map: [String: Value]) {
    self.init(id: map["id"]?.stringValue ?? "", name: map["name"]?.stringValue ?? "")
  }
}

extension Contraindication {
  /// `{condition, severity, reason}`.
  init(_ map: [String: Value]) {
    self.init(
      condition: map["condition"]?.stringValue ?? "",
      severity: Int(map["severity"]?.numberValue ?? 0), reason: map["reason"]?.stringValue ?? "")
  }
}
