/// Three-valued logic: `nil` is null (unknown).
enum Logic {
  /// The truth of a value used as a predicate: booleans as they are, null unknown, anything
  /// else a type error.
  static func truth(_ value: RuntimeValue) throws -> Bool? {
    switch value {
    case .boolean(let flag): return flag
    case .null: return nil
    default: throw ExecutionError.type("Expected a Boolean, got a \(value.typeName)")
    }
  }

  static func value(_ truth: Bool?) -> RuntimeValue { truth.map(RuntimeValue.boolean) ?? .null }

  static func and(_ a: Bool?, _ b: Bool?) -> Bool? {
    if a == false || b == false { return false }
    return a == nil || b == nil ? nil : true
  }

  static func or(_ a: Bool?, _ b: Bool?) -> Bool? {
    if a == true || b == true { return true }
    return a == nil || b == nil ? nil : false
  }

  static func xor(_ a: Bool?, _ b: Bool?) -> Bool? {
    guard let a, let b else { return nil }
    return a != b
  }
}
