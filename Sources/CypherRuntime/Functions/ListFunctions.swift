extension ScalarFunctions {
  static let lists: [String: ScalarFunction] = [
    "size": .unary { value in
      switch value {
      case .list(let elements): return .integer(Int64(elements.count))
      case .string(let string): return .integer(Int64(string.count))
      default: throw invalid("size", value)
      }
    },
    "head": .unary { value in
      guard case .list(let elements) = value else { throw invalid("head", value) }
      return elements.first ?? .null
    },
    "last": .unary { value in
      guard case .list(let elements) = value else { throw invalid("last", value) }
      return elements.last ?? .null
    },
    "tail": .unary { value in
      guard case .list(let elements) = value else { throw invalid("tail", value) }
      return .list(Array(elements.dropFirst()))
    },
    "reverse": .unary { value in
      switch value {
      case .list(let elements): return .list(elements.reversed())
      case .string(let string): return .string(String(string.reversed()))
      default: throw invalid("reverse", value)
      }
    },
    "range": ScalarFunction(2...3) { arguments, context in
      if arguments.contains(where: \.isNull) { return .null }
      let bounds = try arguments.map { argument in
        guard case .integer(let integer) = argument else {
          throw ExecutionError(
            .argumentError, "InvalidArgumentType",
            "range() takes integers, not a \(argument.typeName)")
        }
        return integer
      }
      let (start, end, step) = (bounds[0], bounds[1], bounds.count > 2 ? bounds[2] : 1)
      guard step != 0 else {
        throw ExecutionError(.argumentError, "NumberOutOfRange", "range() step cannot be 0")
      }
      let count = (end - start) / step + 1
      guard count > 0 else { return .list([]) }
      try context.checkHeld(Int(min(count, Int64(Int.max))))
      return .list(stride(from: start, through: end, by: Int(step)).map { .integer($0) })
    },
    "coalesce": ScalarFunction(1...Int.max) { arguments, _ in
      arguments.first { !$0.isNull } ?? .null
    },
  ]
}
