import ArgumentParser
import GraphModel

/// `kg index list|create|drop`: the store's property and full-text indexes.
struct IndexCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "index",
    abstract: "List, create or drop property and full-text indexes.",
    discussion: """
      A property index on (label, key) lets queries seek nodes by that property; a full-text \
      index (named) ranks nodes of a label by keywords in some of their properties.

      Examples:
        kg index list
        kg index create Exercise name
        kg index create --full-text exercise_text Exercise name instructions
        kg index drop Exercise name
        kg index drop --full-text exercise_text
      """,
    subcommands: [List.self, Create.self, Drop.self])

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the indexes.")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
      try reportingFailures {
        let statistics = try database.open().statistics()
        for index in statistics.propertyIndexes { print(index) }
        for index in statistics.fullTextIndexes { print(index) }
      }
    }
  }

  struct Create: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Create a property index on LABEL KEY, or a full-text index on LABEL KEY…")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Make a full-text index with this name over every KEY.")
    var fullText: String?

    @Argument(help: "The label of the nodes to index.")
    var label: String

    @Argument(help: "The property key (several for a full-text index).")
    var keys: [String]

    func validate() throws {
      guard fullText != nil || keys.count == 1 else {
        throw ValidationError("A property index takes one key; use --full-text NAME for several.")
      }
    }

    func run() throws {
      try reportingFailures {
        let graph = try database.open()
        if let fullText {
          try graph.createFullTextIndex(named: fullText, label: label, keys: keys)
          print("created \(FullTextIndexDescription(name: fullText, label: label, keys: keys))")
        } else {
          try graph.createPropertyIndex(label: label, key: keys[0])
          print("created \(PropertyIndexDescription(label: label, key: keys[0]))")
        }
      }
    }
  }

  struct Drop: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Drop the property index on LABEL KEY, or the full-text index NAME.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Drop the full-text index with this name.")
    var fullText: String?

    @Argument(help: "LABEL KEY of the property index to drop.")
    var labelAndKey: [String] = []

    func validate() throws {
      guard (fullText == nil) == (labelAndKey.count == 2), fullText == nil || labelAndKey.isEmpty
      else {
        throw ValidationError("Name either LABEL KEY, or --full-text NAME.")
      }
    }

    func run() throws {
      try reportingFailures {
        let graph = try database.open()
        if let fullText {
          try graph.dropFullTextIndex(named: fullText)
          print("dropped full-text \(fullText)")
        } else {
          try graph.dropPropertyIndex(label: labelAndKey[0], key: labelAndKey[1])
          print("dropped \(PropertyIndexDescription(label: labelAndKey[0], key: labelAndKey[1]))")
        }
      }
    }
  }
}
