import ArgumentParser
import Foundation
import GraphModel

/// `kg stats`: what is in the store.
struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Show node and relationship counts by label and type, the indexes and the size.",
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
    lines += statistics.fullTextIndexes.map { "  \($0)" }
    lines.append("size: \(byteCount(statistics.bytes))")
    return lines.joined(separator: "\n") + "\n"
  }

  /// `bytes` in the largest binary unit that keeps it at least 1, as `du -h` does.
  static func byteCount(_ bytes: Int) -> String {
    var value = Double(bytes)
    for unit in ["B", "KiB", "MiB"] {
      if value < 1024 { return unit == "B" ? "\(bytes) B" : "\(rounded(value)) \(unit)" }
      value /= 1024
    }
    return "\(rounded(value)) GiB"
  }

  private static func rounded(_ value: Double) -> String {
    value.rounded() == value ? String(Int(value)) : String(format: "%.1f", value)
  }
}
