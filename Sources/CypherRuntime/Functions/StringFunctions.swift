import Foundation

extension ScalarFunctions {
  static let strings: [String: ScalarFunction] = [
    "tolower": textual("toLower") { .string($0.lowercased()) },
    "toupper": textual("toUpper") { .string($0.uppercased()) },
    "trim": textual("trim") { .string($0.trimmingCharacters(in: .whitespaces)) },
    "ltrim": textual("ltrim") { .string(String($0.drop { $0.isWhitespace })) },
    "rtrim": textual("rtrim") {
      .string(String($0.reversed().drop { $0.isWhitespace }.reversed()))
    },
    "replace": ScalarFunction(3...3) { arguments, _ in
      if arguments.contains(where: \.isNull) { return .null }
      let (text, search, replacement) = (
        try string("replace", arguments[0]), try string("replace", arguments[1]),
        try string("replace", arguments[2])
      )
      guard !search.isEmpty else { return .string(text) }
      return .string(text.replacingOccurrences(of: search, with: replacement))
    },
    "split": ScalarFunction(2...2) { arguments, _ in
      if arguments.contains(where: \.isNull) { return .null }
      let (text, separator) = (try string("split", arguments[0]), try string("split", arguments[1]))
      let parts =
        separator.isEmpty
        ? text.map { String($0) } : text.components(separatedBy: separator)
      return .list(parts.map { .string($0) })
    },
    "substring": ScalarFunction(2...3) { arguments, _ in
      if arguments[0].isNull { return .null }
      let text = Array(try string("substring", arguments[0]))
      let start = try integer("substring", arguments[1])
      let length = arguments.count > 2 ? try integer("substring", arguments[2]) : Int64(text.count)
      guard start >= 0, length >= 0 else {
        throw ExecutionError(
          .argumentError, "NumberOutOfRange", "substring() needs a non-negative start and length")
      }
      let low = Int(min(start, Int64(text.count)))
      let high = Int(min(Int64(text.count), Int64(low) + min(length, Int64(text.count))))
      return .string(String(text[low..<high]))
    },
    "left": ScalarFunction(2...2) { arguments, _ in
      try prefixOrSuffix("left", arguments) { text, count in String(text.prefix(count)) }
    },
    "right": ScalarFunction(2...2) { arguments, _ in
      try prefixOrSuffix("right", arguments) { text, count in String(text.suffix(count)) }
    },
  ]

  private static func textual(_ name: String, _ body: @escaping @Sendable (String) -> RuntimeValue)
    -> ScalarFunction
  {
    .unary { value in body(try string(name, value)) }
  }

  private static func prefixOrSuffix(
    _ name: String, _ arguments: [RuntimeValue], _ take: (String, Int) -> String
  ) throws -> RuntimeValue {
    if arguments[0].isNull { return .null }
    let text = try string(name, arguments[0])
    let count = try integer(name, arguments[1])
    guard count >= 0 else {
      throw ExecutionError(
        .argumentError, "NumberOutOfRange", "\(name)() needs a non-negative length")
    }
    return .string(take(text, Int(min(count, Int64(Int.max)))))
  }
}
