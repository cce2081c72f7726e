import ArgumentParser
import GraphModel

/// `kg stats`: what is in the store.
struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Show node and relationship counts by label and type, and the indexes.",
    discussion: "Example: kg stats --db exercises.sqlite"
  )

  @OptionGroup var database: DatabaseOptions

  func run() throws {
    try reportingFailures {
      print(StatsReport.render(try database.open().statistics()), terminator: "")
    }
  }
}

/// The text `kg stats` prints.
enum StatsReport {
  static func render(_ statistics: GraphStatistics) -> String {
    var lines = ["nodes: \(statistics.nodes)"]
    lines += statistics.nodesByLabel.sorted(by: { $0.key < $1.key }).map {
      "  :\($0.key) \($0.value)"
    }
    lines.append("relationships: \(statistics.relationships)")
    lines += statistics.relationshipsByType.sorted(by: { $0.key < $1.key }).map {
      "  :\($0.key) \($0.value)"
    }
    lines.append("indexes: \(statistics.propertyIndexes.count + statistics.fullTextIndexes.count)")
    lines += statistics.propertyIndexes.map { "  \($0)" }
    lines += statistics.fullTextIndexes.map {
      "  full-text \($0.name) on :\($0.label)(\($0.keys.joined(separator: ", ")))"
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
