extension ScalarFunctions {
  static let conversions: [String: ScalarFunction] = [
    "tointeger": .unary { value in
      switch value {
      case .integer: return value
      case .float(let float): return integer(truncating: float)
      case .boolean(let flag): return .integer(flag ? 1 : 0)
      case .string(let text):
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let integer = Int64(trimmed) { return .integer(integer) }
        return Double(trimmed).map(integer(truncating:)) ?? .null
      default: throw invalid("toInteger", value)
      }
    },
    "tofloat": .unary { value in
      switch value {
      case .float: return value
      case .integer(let integer): return .float(Double(integer))
      case .string(let text):
        return Double(text.trimmingCharacters(in: .whitespaces)).map(RuntimeValue.float) ?? .null
      default: throw invalid("toFloat", value)
      }
    },
    "tostring": .unary { value in
      switch value {
      case .integer, .float, .boolean, .string: return .string(ValueText.string(value))
      default: throw invalid("toString", value)
      }
    },
    "toboolean": .unary { value in
      switch value {
      case .boolean: return value
      case .integer(let integer): return .boolean(integer != 0)
      case .string(let text):
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "true": return .boolean(true)
        case "false": return .boolean(false)
        default: return .null
        }
      default: throw invalid("toBoolean", value)
      }
    },
  ]

  /// A float's integer part, null when it is not finite or out of range.
  private static func integer(truncating float: Double) -> RuntimeValue {
    guard float.isFinite, float >= -9.223372036854775808e18, float < 9.223372036854775808e18 else {
      return .null
    }
    return .integer(Int64(float.rounded(.towardZero)))
  }
}
