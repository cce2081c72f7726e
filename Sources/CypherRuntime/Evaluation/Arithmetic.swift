import Foundation

/// openCypher's arithmetic: integers stay integers (overflow is an error, division truncates),
/// a float on either side makes a float, null on either side makes null; `+` also joins
/// strings and lists.
enum Arithmetic {
  /// A binary arithmetic operator, applied by a switch rather than through a function value.
  enum Operation {
    case add, subtract, multiply, divide, modulo, power

    func apply(_ left: RuntimeValue, _ right: RuntimeValue) throws -> RuntimeValue {
      // Numbers, the commonest operands, without the general dispatch: a float on either side,
      // or integers that neither overflow nor divide.
      if let a = left.asDouble, let b = right.asDouble {
        if case .integer(let x) = left, case .integer(let y) = right {
          if let result = integers(x, y) { return .integer(result) }
        } else {
          return .float(floats(a, b))
        }
      }
      switch self {
      case .add: return try Arithmetic.add(left, right)
      case .subtract: return try Arithmetic.subtract(left, right)
      case .multiply: return try Arithmetic.multiply(left, right)
      case .divide: return try Arithmetic.divide(left, right)
      case .modulo: return try Arithmetic.modulo(left, right)
      case .power: return try Arithmetic.power(left, right)
      }
    }

    /// The operation on floats (integers made floats), as the general path computes it.
    private func floats(_ a: Double, _ b: Double) -> Double {
      switch self {
      case .add: a + b
      case .subtract: a - b
      case .multiply: a * b
      case .divide: a / b
      case .modulo: fmod(a, b)
      case .power: pow(a, b)
      }
    }

    /// The operation on integers when it neither overflows nor divides (nor raises to a
    /// power, which makes a float); nil otherwise, for the general path and its errors.
    private func integers(_ a: Int64, _ b: Int64) -> Int64? {
      let (result, overflow): (Int64, Bool)
      switch self {
      case .add: (result, overflow) = a.addingReportingOverflow(b)
      case .subtract: (result, overflow) = a.subtractingReportingOverflow(b)
      case .multiply: (result, overflow) = a.multipliedReportingOverflow(by: b)
      case .divide, .modulo, .power: return nil
      }
      return overflow ? nil : result
    }
  }

  static func add(_ left: RuntimeValue, _ right: RuntimeValue) throws -> RuntimeValue {
    switch (left, right) {
    case (.null, _), (_, .null): return .null
    case (.string(let a), .string(let b)): return .string(a + b)
    case (.string(let a), .integer), (.string(let a), .float):
      return .string(a + ValueText.string(right))
    case (.integer, .string(let b)), (.float, .string(let b)):
      return .string(ValueText.string(left) + b)
    case (.list(let a), .list(let b)): return .list(a + b)
    case (.list(let a), _): return .list(a + [right])
    case (_, .list(let b)): return .list([left] + b)
    default: return try numeric("+", left, right, { $0.addingReportingOverflow($1) }, +)
    }
  }

  static func subtract(_ left: RuntimeValue, _ right: RuntimeValue) throws -> RuntimeValue {
    try numeric("-", left, right, { $0.subtractingReportingOverflow($1) }, -)
  }

  static func multiply(_ left: RuntimeValue, _ right: RuntimeValue) throws -> RuntimeValue {
    try numeric("*", left, right, { $0.multipliedReportingOverflow(by: $1) }, *)
  }

  static func divide(_ left: RuntimeValue, _ right: RuntimeValue) throws -> RuntimeValue {
    if case .integer = left, case .integer(0) = right {
      throw ExecutionError(.arithmeticError, "DivisionByZero", "Division by zero")
    }
    return try numeric("/", left, right, { $0.dividedReportingOverflow(by: $1) }, /)
  }

  static func modulo(_ left: RuntimeValue, _ right: RuntimeValue) throws -> RuntimeValue {
    if case .integer = left, case .integer(0) = right {
      throw ExecutionError(.arithmeticError, "DivisionByZero", "Modulo by zero")
    }
    return try numeric(
      "%", left, right, { $0.remainderReportingOverflow(dividingBy: $1) },
      { fmod($0, $1) })
  }

  /// `^` always gives a float.
  static func power(_ left: RuntimeValue, _ right: RuntimeValue) throws -> RuntimeValue {
    switch (left, right) {
    case (.null, _), (_, .null): return .null
    default:
      guard let base = left.asDouble, let exponent = right.asDouble else {
        throw typeMismatch("^", left, right)
      }
      return .float(pow(base, exponent))
    }
  }

  static func negate(_ value: RuntimeValue) throws -> RuntimeValue {
    switch value {
    case .null: return .null
    case .integer(let integer):
      guard integer != .min else {
        throw ExecutionError(.arithmeticError, "IntegerOverflow", "Integer overflow in -\(integer)")
      }
      return .integer(-integer)
    case .float(let float): return .float(-float)
    default:
      throw ExecutionError.type("Cannot negate a \(value.typeName)")
    }
  }

  private static func numeric(
    _ symbol: String, _ left: RuntimeValue, _ right: RuntimeValue,
    _ integers: (Int64, Int64) -> (partialValue: Int64, overflow: Bool),
    _ floats: (Double, Double) -> Double
  ) throws -> RuntimeValue {
    switch (left, right) {
    case (.null, _), (_, .null): return .null
    case (.integer(let a), .integer(let b)):
      let (result, overflow) = integers(a, b)
      if overflow {
        throw ExecutionError(
          .arithmeticError, "IntegerOverflow", "Integer overflow in \(a) \(symbol) \(b)")
      }
      return .integer(result)
    default:
      guard let a = left.asDouble, let b = right.asDouble else {
        throw typeMismatch(symbol, left, right)
      }
      return .float(floats(a, b))
    }
  }

  private static func typeMismatch(_ symbol: String, _ left: RuntimeValue, _ right: RuntimeValue)
    -> ExecutionError
  {
    .type("Cannot apply \(symbol) to a \(left.typeName) and a \(right.typeName)")
  }
}

extension RuntimeValue {
  /// The number as a double, when the value is a number.
  var asDouble: Double? {
    switch self {
    case .integer(let integer): Double(integer)
    case .float(let float): float
    default: nil
    }
  }
}
