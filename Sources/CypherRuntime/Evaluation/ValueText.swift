import CypherSyntax

/// Values as `toString` and string concatenation write them.
enum ValueText {
  static func string(_ value: RuntimeValue) -> String {
    switch value {
    case .null: "null"
    case .boolean(let flag): flag ? "true" : "false"
    case .integer(let integer): String(integer)
    case .float(let float): CypherText.float(float)
    case .string(let string): string
    default: "\(value)"
    }
  }
}
