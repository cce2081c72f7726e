import GraphModel

extension RuntimeValue {
  /// The value as a property can hold it: a boolean, number or string, or a list of them;
  /// nil for anything else.
  var propertyValue: Value? {
    if case .list(let elements) = self {
      var values: [Value] = []
      for element in elements {
        guard let value = element.scalarPropertyValue else { return nil }
        values.append(value)
      }
      return .list(values)
    }
    return scalarPropertyValue
  }

  private var scalarPropertyValue: Value? {
    switch self {
    case .boolean(let flag): .boolean(flag)
    case .integer(let integer): .integer(integer)
    case .float(let float): .float(float)
    case .string(let string): .string(string)
    default: nil
    }
  }

  /// The value to store for `key`: `.null` removes the property; a map, an entity or a list
  /// holding one is a type error.
  func storable(for key: String) throws -> Value {
    if isNull { return .null }
    guard let value = propertyValue else {
      throw ExecutionError.type(
        "Property `\(key)` cannot hold a \(typeName)\(isList ? " of that kind" : "")",
        detail: "InvalidPropertyType")
    }
    return value
  }

  private var isList: Bool {
    if case .list = self { return true }
    return false
  }
}
