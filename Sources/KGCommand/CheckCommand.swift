import ArgumentParser

/// `kg check`: the integrity check.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check the store's file and graph invariants; exit 1 if anything is wrong.",
    discussion: "Example: kg check --db exercises.sqlite"
  )

  @OptionGroup var database: DatabaseOptions

  func run() throws {
    try reportingFailures {
      let report = try database.open().checkIntegrity()
      guard report.isOK else {
        throw CommandFailure(
          "integrity check found \(report.problems.count) problem(s):\n"
            + report.problems.joined(separator: "\n"))
      }
      print("ok")
    }
  }
}
