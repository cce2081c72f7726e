import Foundation

extension ScalarFunctions {
  static let numbers: [String: ScalarFunction] = [
    "abs": .unary { value in
      switch value {
      case .integer(let integer):
        guard integer != .min else {
          throw ExecutionError(.arithmeticError, "IntegerOverflow", "abs() overflows")
        }
        return .integer(abs(integer))
      case .float(let float): return .float(abs(float))
      default: throw invalid("abs", value)
      }
    },
    "sign": .unary { value in
      guard let number = value.asDouble else { throw invalid("sign", value) }
      return .integer(number > 0 ? 1 : (number < 0 ? -1 : 0))
    },
    "ceil": real("ceil") { $0.rounded(.up) },
    "floor": real("floor") { $0.rounded(.down) },
    // Half-way values round up, as Java's Math.round (and so Neo4j) does.
    "round": real("round") { ($0 + 0.5).rounded(.down) },
    "sqrt": real("sqrt") { $0.squareRoot() },
    "exp": real("exp") { Foundation.exp($0) },
    "log": real("log") { Foundation.log($0) },
    "log10": real("log10") { Foundation.log10($0) },
    "rand": ScalarFunction(0...0) { _, _ in .float(Double.random(in: 0..<1)) },
    "timestamp": ScalarFunction(0...0) { _, _ in
      .integer(Int64(Date().timeIntervalSince1970 * 1000))
    },
  ]

  private static func real(_ name: String, _ body: @escaping @Sendable (Double) -> Double)
    -> ScalarFunction
  {
    .unary { value in
      guard let number = value.asDouble else { throw invalid(name, value) }
      return .float(body(number))
    }
  }
}
