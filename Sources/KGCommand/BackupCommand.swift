import ArgumentParser

/// `kg backup FILE`: an online backup.
struct BackupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "backup",
    abstract: "Copy the store to FILE as one consistent snapshot, even while it is in use.",
    discussion: "Example: kg backup --db exercises.sqlite exercises-2026-11-22.sqlite"
  )

  @OptionGroup var database: DatabaseOptions

  @Argument(help: "The file to write; an existing file is replaced.")
  var file: String

  func run() throws {
    try reportingFailures {
      try database.open().backup(to: file)
      print("backed up \(database.db) to \(file)")
    }
  }
}
