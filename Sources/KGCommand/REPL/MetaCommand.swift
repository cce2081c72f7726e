/// A REPL line that starts with `:`: a command to the shell rather than a query.
enum MetaCommand: Equatable {
  case help
  case schema
  /// `:param name => value`.
  case setParameter(name: String, literal: String)
  /// `:params`, or `:param` alone.
  case listParameters
  /// `:format [table|json|jsonl|csv|cypher]`; without a format, shows the current one.
  case format(OutputFormat?)
  /// `:timing [on|off]`; without a setting, shows the current one.
  case timing(Bool?)
  case explain(String)
  case profile(String)
  /// `:source FILE`: runs the statements in a file.
  case source(String)
  /// `:run NAME [name => value, …]`; `:run` alone lists the saved queries.
  case run(name: String?, assignments: [Assignment])
  case quit

  /// `name => value`, the value in Cypher literal syntax.
  struct Assignment: Equatable {
    let name: String
    let literal: String
  }

  /// The names Tab completes.
  static let names = [
    ":help", ":schema", ":param", ":params", ":format", ":timing", ":explain", ":profile",
    ":source", ":run", ":quit", ":exit",
  ]

  /// What `:help` prints.
  static let helpText = """
    :help                       this list
    :schema                     labels, relationship types and property keys with counts; indexes
    :param name => value        set a query parameter (a Cypher literal) for $name
    :params                     the parameters set
    :format table|json|jsonl|csv|cypher
                                how results are shown
    :timing on|off              show the time after each result
    :explain QUERY              the plan, without running the query
    :profile QUERY              run the query and show its plan with rows and time per operator
    :source FILE                run the statements in FILE
    :run [NAME [p => v, ...]]   run a saved query from queries/, its Defaults: filling in
                                the parameters not given (alone: list the queries)
    :quit                       leave (so does Ctrl-D)
    Queries end with ';' and may span lines. Ctrl-C cancels a running query or clears the line.
    """

  /// Parses a line that starts with `:`.
  /// - Throws: `MetaCommandError` naming what is wrong.
  static func parse(_ line: String) throws(MetaCommandError) -> MetaCommand {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    let name = String(trimmed.prefix { !$0.isWhitespace })
    let argument = trimmed.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
    switch name.lowercased() {
    case ":help", ":h", ":?": return .help
    case ":schema": return .schema
    case ":params": return .listParameters
    case ":param":
      guard !argument.isEmpty else { return .listParameters }
      let assignments = try Assignment.parseList(argument)
      guard assignments.count == 1, let assignment = assignments.first else {
        throw MetaCommandError("Set one parameter at a time: :param name => value")
      }
      return .setParameter(name: assignment.name, literal: assignment.literal)
    case ":format":
      guard !argument.isEmpty else { return .format(nil) }
      guard let format = OutputFormat(rawValue: argument), format != .auto else {
        throw MetaCommandError("Unknown format '\(argument)': table, json, jsonl, csv or cypher")
      }
      return .format(format)
    case ":timing":
      switch argument.lowercased() {
      case "": return .timing(nil)
      case "on": return .timing(true)
      case "off": return .timing(false)
      default: throw MetaCommandError(":timing takes on or off")
      }
    case ":explain", ":profile":
      guard !argument.isEmpty else { throw MetaCommandError("\(name) needs a query") }
      return name.lowercased() == ":explain" ? .explain(argument) : .profile(argument)
    case ":source":
      guard !argument.isEmpty else { throw MetaCommandError(":source needs a file") }
      return .source(argument)
    case ":run":
      let queryName = argument.prefix { !$0.isWhitespace }
      guard !queryName.isEmpty else { return .run(name: nil, assignments: []) }
      let rest = argument.dropFirst(queryName.count).trimmingCharacters(in: .whitespaces)
      return .run(name: String(queryName), assignments: try Assignment.parseList(rest))
    case ":quit", ":exit", ":q": return .quit
    default: throw MetaCommandError("Unknown command \(name); :help lists them")
    }
  }
}

extension MetaCommand.Assignment {
  /// `a => 1, b => [2, 3]`: assignments separated by commas outside brackets and strings.
  static func parseList(_ text: String) throws(MetaCommandError) -> [Self] {
    try topLevelParts(of: text).map { part throws(MetaCommandError) in
      guard let arrow = part.range(of: "=>") else {
        throw MetaCommandError("Expected name => value, got '\(part)'")
      }
      let name = part[..<arrow.lowerBound].trimmingCharacters(in: .whitespaces)
      let literal = part[arrow.upperBound...].trimmingCharacters(in: .whitespaces)
      let unquoted =
        name.hasPrefix("`") && name.hasSuffix("`") && name.count > 1
        ? String(name.dropFirst().dropLast())
        : name.hasPrefix("$") ? String(name.dropFirst()) : name
      guard !unquoted.isEmpty, !literal.isEmpty else {
        throw MetaCommandError("Expected name => value, got '\(part)'")
      }
      return Self(name: unquoted, literal: literal)
    }
  }

  /// `text` split at commas that are not inside brackets, braces or quotes.
  private static func topLevelParts(of text: String) -> [String] {
    guard !text.allSatisfy(\.isWhitespace) else { return [] }
    var parts: [String] = []
    var current = ""
    var depth = 0
    var quote: Character?
    var escaped = false
    for character in text {
      if let open = quote {
        if escaped {
          escaped = false
        } else if character == "\\" {
          escaped = true
        } else if character == open {
          quote = nil
        }
      } else if "'\"`".contains(character) {
        quote = character
      } else if "[{(".contains(character) {
        depth += 1
      } else if "]})".contains(character) {
        depth -= 1
      } else if character == "," && depth == 0 {
        parts.append(current)
        current = ""
        continue
      }
      current.append(character)
    }
    return parts + [current]
  }
}

/// A meta-command that cannot be understood.
struct MetaCommandError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
